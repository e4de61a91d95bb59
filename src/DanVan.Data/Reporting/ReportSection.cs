using DanVan.Data.Auditing;

namespace DanVan.Data.Reporting;

/// <summary>A narrative section (phần nội dung) of a form version, e.g. "Kết quả đạt được".</summary>
public sealed class ReportSection : IAuditable
{
    public int Id { get; set; }

    public int FormId { get; set; }

    public ReportForm? Form { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public string? Hint { get; set; }

    public int Position { get; set; }

    int? IAuditable.AuditOrganizationId => Form?.OwnerOrganizationId;
}
