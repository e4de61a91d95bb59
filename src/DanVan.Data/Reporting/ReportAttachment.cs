using DanVan.Data.Auditing;

namespace DanVan.Data.Reporting;

/// <summary>A file attached to a report (tài liệu kèm theo).</summary>
public sealed class ReportAttachment : IAuditable
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    public int OrganizationId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }

    public string? UploadedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}
