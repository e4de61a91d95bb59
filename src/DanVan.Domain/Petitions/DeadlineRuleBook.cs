namespace DanVan.Domain.Petitions;

/// <summary>All the legal time limits, every version of each; finds the one that governs a step.</summary>
/// <param name="rules">The rules.</param>
public sealed class DeadlineRuleBook(IEnumerable<DeadlineRule> rules)
{
    /// <summary>Every rule and version, as given.</summary>
    public IReadOnlyList<DeadlineRule> Rules { get; } = [.. rules];

    /// <summary>
    /// The rule with a clock for a step of a petition of a kind and round, in force on the day the
    /// step began. A rule for the round wins over one for any round; of versions in force on the
    /// same day (there should be none), the latest.
    /// </summary>
    /// <param name="step">The step.</param>
    /// <param name="kind">The kind of petition.</param>
    /// <param name="round">1 or 2.</param>
    /// <param name="began">The day the step began.</param>
    /// <returns>The rule, or <c>null</c> when no law sets a limit.</returns>
    public DeadlineRule? Find(DeadlineStep step, PetitionKind kind, int round, DateOnly began) =>
        Rules.Where(r => r.Step == step && r.Days is not null && r.Kinds.Contains(kind) && (r.Round is null || r.Round == round) && r.IsInForceOn(began))
            .OrderByDescending(r => r.Round is not null)
            .ThenByDescending(r => r.EffectiveFrom ?? DateOnly.MinValue)
            .FirstOrDefault();
}
