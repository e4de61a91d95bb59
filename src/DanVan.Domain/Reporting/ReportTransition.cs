namespace DanVan.Domain.Reporting;

/// <summary>The outcome of <see cref="ReportWorkflow.Apply"/>: a new status or a refusal.</summary>
/// <param name="Status">The status after the action, when allowed.</param>
/// <param name="Refusal">Why the action is refused, in Vietnamese; <c>null</c> when allowed.</param>
public readonly record struct ReportTransition(ReportStatus Status, string? Refusal)
{
    /// <summary>Whether the action is allowed.</summary>
    public bool IsAllowed => Refusal is null;

    internal static ReportTransition To(ReportStatus status) => new(status, null);

    internal static ReportTransition Refuse(string reason) => new(default, reason);
}
