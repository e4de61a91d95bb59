using DanVan.Domain.Reporting;

namespace DanVan.Web.Features.Reports;

/// <summary>Values and narrative to save. A key absent is left as it is; a key with <c>null</c> clears the value.</summary>
public sealed class ReportSaveInput
{
    /// <summary>The revision the person started from; a save from an older revision is refused.</summary>
    public int Revision { get; set; }

    /// <summary>Indicator code → value; "CODE#n" for the n-th disaggregation category.</summary>
    public Dictionary<string, double?> Values { get; set => field = value ?? []; } = [];

    /// <summary>Section code → text.</summary>
    public Dictionary<string, string?> Narratives { get; set => field = value ?? []; } = [];
}

/// <summary>Opens (or makes) a report and optionally fills and sends it in one call.</summary>
public sealed class ReportCreateInput
{
    public string? FormCode { get; set; }

    public int? OrganizationId { get; set; }

    /// <summary>A period key such as "2026-Q1".</summary>
    public string? Period { get; set; }

    public Dictionary<string, double?> Values { get; set => field = value ?? []; } = [];

    public Dictionary<string, string?> Narratives { get; set => field = value ?? []; } = [];

    public bool Submit { get; set; }
}

public sealed class ReportReviewInput
{
    public int Revision { get; set; }

    /// <summary>Why the report is returned; required to return.</summary>
    public string? Reason { get; set; }

    /// <summary>Why a report is approved before all its children are; required in that case.</summary>
    public string? Override { get; set; }
}

/// <summary>Lets a locked period's report be changed until a day.</summary>
public sealed class UnlockInput
{
    /// <summary>The last day changes are allowed, dd/MM/yyyy.</summary>
    public string? Until { get; set; }

    public string? Reason { get; set; }
}

public sealed record ReportSummary(
    long Id,
    int FormId,
    string FormCode,
    string FormName,
    string PeriodKey,
    string PeriodLabel,
    int OrganizationId,
    string OrganizationName,
    ReportStatus Status,
    int Revision,
    DateTime UpdatedAt,
    DateTime? SubmittedAt);

/// <summary>The brief answer to a report sent with <c>Prefer: return=minimal</c>: what a system sending its figures needs to know.</summary>
public sealed record ReportReceipt(long Id, string FormCode, string PeriodKey, int OrganizationId, ReportStatus Status, int Revision, IReadOnlyList<RuleMessage> Messages);

public sealed record ReportSheet(
    long Id,
    int FormId,
    string FormCode,
    string FormName,
    int FormVersion,
    string PeriodKey,
    string PeriodLabel,
    int OrganizationId,
    string OrganizationName,
    ReportStatus Status,
    int Revision,
    DateTime UpdatedAt,
    string? UpdatedBy,
    DateTime? FirstSubmittedAt,
    DateTime? SubmittedAt,
    string? SubmittedBy,
    DateTime? ReviewedAt,
    string? ReviewedBy,
    string? ReturnReason,
    string? ApprovalOverride,
    DateOnly Deadline,
    DateOnly? LocksOn,
    bool IsLocked,
    bool CanEdit,
    bool CanReview,
    bool CanUnlock,
    DateOnly? UnlockedUntil,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<NarrativeRow> Sections,
    IReadOnlyList<AttachmentRow> Attachments,
    IReadOnlyList<RuleMessage> Messages)
{
    public bool HasErrors => Messages.Any(m => m.Severity == RuleSeverity.Error);
}

public sealed record IndicatorRow(
    int IndicatorId,
    string Code,
    string Name,
    string? GroupName,
    string? Unit,
    Aggregation Aggregation,
    double? Min,
    double? Max,
    double? Value,
    double? Previous,
    double? LastYear,
    IReadOnlyList<CategoryRow> Categories);

public sealed record CategoryRow(int Number, string Name, double? Value);

public sealed record NarrativeRow(int SectionId, string Code, string Title, string? Hint, string Text);

public sealed record AttachmentRow(long Id, string FileName, long Size, DateTime UploadedAt, string? UploadedBy);

public sealed record RuleMessage(RuleSeverity Severity, string Message, IReadOnlyList<string> Codes);

public sealed record ValueChange(DateTime At, string UserName, string Action, double? Before, double? After);
