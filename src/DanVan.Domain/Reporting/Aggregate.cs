namespace DanVan.Domain.Reporting;

/// <summary>
/// Partial totals of one indicator over some reports: count, sum, minimum and maximum. Partials
/// of disjoint sets of reports combine, so a subtree's figure is the combination of its children's.
/// </summary>
/// <param name="Count">How many values.</param>
/// <param name="Sum">Their sum.</param>
/// <param name="Min">The smallest, or <c>null</c> when none.</param>
/// <param name="Max">The largest, or <c>null</c> when none.</param>
public readonly record struct Aggregate(int Count, double Sum, double? Min, double? Max)
{
    /// <summary>No values.</summary>
    public static Aggregate Empty => default;

    /// <summary>One value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its aggregate.</returns>
    public static Aggregate Of(double value) => new(1, value, value, value);

    /// <summary>Combines two partials of disjoint sets of reports.</summary>
    /// <param name="other">The other partial.</param>
    /// <returns>The combined partial.</returns>
    public Aggregate Combine(Aggregate other) => new(
        Count + other.Count,
        Sum + other.Sum,
        Min is null ? other.Min : other.Min is null ? Min : Math.Min(Min.Value, other.Min.Value),
        Max is null ? other.Max : other.Max is null ? Max : Math.Max(Max.Value, other.Max.Value));

    /// <summary>The figure an aggregation gives, or <c>null</c> when there are no values or the indicator is not aggregated.</summary>
    /// <param name="aggregation">The indicator's aggregation.</param>
    /// <returns>The figure.</returns>
    public double? ValueFor(Aggregation aggregation) => Count == 0 ? null : aggregation switch
    {
        Aggregation.Sum => Sum,
        Aggregation.Average => Sum / Count,
        Aggregation.Min => Min,
        Aggregation.Max => Max,
        _ => null,
    };
}
