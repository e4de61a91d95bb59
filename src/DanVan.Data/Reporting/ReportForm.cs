using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;

namespace DanVan.Data.Reporting;

/// <summary>
/// One version of a report form (biểu mẫu báo cáo). Versions share a <see cref="Code"/>; a new
/// version is a copy, so reports already made keep the indicators they were made with.
/// </summary>
public sealed class ReportForm : IAuditable
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public int Version { get; set; } = 1;

    public required string Name { get; set; }

    public string? Description { get; set; }

    public PeriodType PeriodType { get; set; }

    public ReportFormStatus Status { get; set; }

    /// <summary>The organisation that defined the form; reports are expected within its subtree.</summary>
    public int OwnerOrganizationId { get; set; }

    public Organization? OwnerOrganization { get; set; }

    public int DeadlineDays { get; set; }

    public int? LockAfterDays { get; set; }

    /// <summary>Bit <c>1 &lt;&lt; level</c> set for each <see cref="OrganizationLevel"/> that submits.</summary>
    public int SubmitterLevels { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public List<ReportIndicator> Indicators { get; set; } = [];

    public List<ReportSection> Sections { get; set; } = [];

    public List<ReportRule> Rules { get; set; } = [];

    public List<ReportFormOrganizationType> SubmitterTypes { get; set; } = [];

    public ReportSchedule Schedule => new(DeadlineDays, LockAfterDays);

    public bool IsSubmittedBy(OrganizationLevel level) => (SubmitterLevels & LevelBit(level)) != 0;

    public static int LevelBit(OrganizationLevel level) => 1 << (int)level;

    int? IAuditable.AuditOrganizationId => OwnerOrganizationId;
}
