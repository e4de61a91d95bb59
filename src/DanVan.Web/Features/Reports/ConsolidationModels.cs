using DanVan.Domain.Reporting;

namespace DanVan.Web.Features.Reports;

public sealed record Consolidation(
    int OrganizationId,
    string OrganizationName,
    int? ParentId,
    string FormCode,
    string FormName,
    PeriodType PeriodType,
    string PeriodKey,
    string PeriodLabel,
    string PreviousKey,
    string LastYearKey,
    DateOnly Deadline,
    Completeness Completeness,
    IReadOnlyList<ConsolidatedIndicator> Indicators,
    IReadOnlyList<ChildFigures> Children,
    IReadOnlyList<CompiledSection> Sections);

public sealed record ConsolidatedIndicator(
    string Code,
    string Name,
    string? GroupName,
    string? Unit,
    Aggregation Aggregation,
    double? Value,
    double? Previous,
    double? LastYear,
    IReadOnlyList<CategoryRow> Categories)
{
    public Change SincePrevious => new(Value, Previous);

    public Change SinceLastYear => new(Value, LastYear);
}

/// <summary>One child's figures; the organisation itself appears as its own row when it reports.</summary>
public sealed record ChildFigures(int OrganizationId, string Name, bool IsSelf, bool HasChildren, Completeness Completeness, IReadOnlyDictionary<string, double?> Values);

public sealed record CompiledSection(string Code, string Title, IReadOnlyList<CompiledText> Entries);

public sealed record CompiledText(int OrganizationId, string OrganizationName, string Text);
