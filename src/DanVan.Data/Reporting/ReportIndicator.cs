using DanVan.Data.Auditing;
using DanVan.Domain.Reporting;

namespace DanVan.Data.Reporting;

/// <summary>A numeric indicator (chỉ tiêu) of a form version.</summary>
public sealed class ReportIndicator : IAuditable
{
    public const char CategorySeparator = '|';

    public int Id { get; set; }

    public int FormId { get; set; }

    public ReportForm? Form { get; set; }

    /// <summary>Stable across versions, so figures of two versions compare.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? GroupName { get; set; }

    public string? Unit { get; set; }

    public int Position { get; set; }

    public Aggregation Aggregation { get; set; }

    /// <summary>Disaggregation categories separated by "|", or <c>null</c>; value category 0 is the total.</summary>
    public string? Categories { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }

    public IReadOnlyList<string> CategoryList =>
        string.IsNullOrEmpty(Categories) ? [] : Categories.Split(CategorySeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public IndicatorRange Range => new(Min, Max);

    int? IAuditable.AuditOrganizationId => Form?.OwnerOrganizationId;
}
