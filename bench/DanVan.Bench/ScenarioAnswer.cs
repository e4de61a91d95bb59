namespace DanVan.Bench;

/// <summary>
/// What a scenario's query answered, reduced to what must match between EF and raw SQL: the
/// total and the keys of the page, in order.
/// </summary>
internal sealed record ScenarioAnswer(int Total, IReadOnlyList<string> Keys)
{
    public bool SameAs(ScenarioAnswer other) => Total == other.Total && Keys.SequenceEqual(other.Keys);

    public override string ToString() => $"total={Total} keys=[{string.Join(",", Keys.Take(5))}{(Keys.Count > 5 ? ",…" : string.Empty)}] ({Keys.Count})";
}
