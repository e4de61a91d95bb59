using DanVan.Domain.Reporting;

namespace DanVan.Data.Reporting;

/// <summary>
/// One organisation's report on one form for one period. Its changes are audited as the actions
/// they are (values changed, submitted, approved, returned) by <see cref="ReportAudit"/>.
/// </summary>
public sealed class Report
{
    public long Id { get; set; }

    public int FormId { get; set; }

    public ReportForm? Form { get; set; }

    /// <summary>The organisation that made the report; it never changes.</summary>
    public int OrganizationId { get; set; }

    /// <summary>
    /// The organisation whose figures include this report: the author, or the organisation it
    /// merged into, so a merged commune's earlier reports count under its successor.
    /// </summary>
    public int RollupOrganizationId { get; set; }

    /// <summary><see cref="ReportingPeriod.Key"/>.</summary>
    public required string PeriodKey { get; set; }

    public ReportStatus Status { get; set; }

    /// <summary>Incremented by every save; a save made from an older revision is refused.</summary>
    public int Revision { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? FirstSubmittedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReturnReason { get; set; }

    /// <summary>Why the report was approved before all its children were.</summary>
    public string? ApprovalOverride { get; set; }

    /// <summary>The values packed for consolidation (<see cref="ReportFigures"/>); <c>null</c> while there are none.</summary>
    public byte[]? Figures { get; set; }

    public List<ReportValue> Values { get; set; } = [];

    public List<ReportNarrative> Narratives { get; set; } = [];
}
