using DanVan.Data.Auditing;

namespace DanVan.Data.Reporting;

/// <summary>Permission for one organisation to change a locked period's report until a day (mở khóa kỳ báo cáo): an exception to the form's lock.</summary>
public sealed class ReportUnlock : IAuditable
{
    public int Id { get; set; }

    public int FormId { get; set; }

    public int OrganizationId { get; set; }

    public required string PeriodKey { get; set; }

    /// <summary>The last day changes are allowed.</summary>
    public DateOnly Until { get; set; }

    public required string Reason { get; set; }

    public DateTime GrantedAt { get; set; }

    public string? GrantedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}
