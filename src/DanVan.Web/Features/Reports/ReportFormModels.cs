using DanVan.Data.Reporting;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;

namespace DanVan.Web.Features.Reports;

/// <summary>A whole form definition, as the editor and the API send it. A list sent as null reads as empty.</summary>
public sealed class ReportFormInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public PeriodType? PeriodType { get; set; }

    public int? OwnerOrganizationId { get; set; }

    public int? DeadlineDays { get; set; }

    public int? LockAfterDays { get; set; }

    public List<OrganizationLevel> SubmitterLevels { get; set => field = value ?? []; } = [];

    public List<int> SubmitterTypeIds { get; set => field = value ?? []; } = [];

    public List<IndicatorInput> Indicators { get; set => field = value ?? []; } = [];

    public List<SectionInput> Sections { get; set => field = value ?? []; } = [];

    public List<RuleInput> Rules { get; set => field = value ?? []; } = [];
}

public sealed class IndicatorInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? GroupName { get; set; }

    public string? Unit { get; set; }

    public Aggregation? Aggregation { get; set; }

    /// <summary>Disaggregation categories separated by "|".</summary>
    public string? Categories { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }
}

public sealed class SectionInput
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? Hint { get; set; }
}

public sealed class RuleInput
{
    public string? Left { get; set; }

    /// <summary>"&lt;", "&lt;=", "=", "&gt;=", "&gt;" or "!=".</summary>
    public string? Operator { get; set; }

    public string? Right { get; set; }

    public RuleSeverity? Severity { get; set; }

    public string? Message { get; set; }
}

public sealed record ReportFormSummary(
    int Id,
    string Code,
    int Version,
    string Name,
    PeriodType PeriodType,
    ReportFormStatus Status,
    int OwnerOrganizationId,
    string OwnerOrganizationName,
    int IndicatorCount,
    int DeadlineDays);

public sealed record ReportFormDetails(
    int Id,
    string Code,
    int Version,
    string Name,
    string? Description,
    PeriodType PeriodType,
    ReportFormStatus Status,
    int OwnerOrganizationId,
    string OwnerOrganizationName,
    int DeadlineDays,
    int? LockAfterDays,
    IReadOnlyList<OrganizationLevel> SubmitterLevels,
    IReadOnlyList<SubmitterType> SubmitterTypes,
    IReadOnlyList<IndicatorView> Indicators,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<RuleView> Rules,
    DateTime? PublishedAt,
    bool CanEdit);

public sealed record SubmitterType(int Id, string Name);

public sealed record IndicatorView(int Id, string Code, string Name, string? GroupName, string? Unit, Aggregation Aggregation, IReadOnlyList<string> Categories, double? Min, double? Max);

public sealed record SectionView(int Id, string Code, string Title, string? Hint);

public sealed record RuleView(int Id, string Left, string Operator, string Right, RuleSeverity Severity, string Message);
