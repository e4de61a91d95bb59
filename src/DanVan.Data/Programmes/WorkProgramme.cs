using DanVan.Data.Auditing;
using DanVan.Domain.Text;

namespace DanVan.Data.Programmes;

/// <summary>An organisation's work programme for a year (chương trình công tác năm), its tasks grouped.</summary>
public sealed class WorkProgramme : IAuditable
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public int Year { get; set; }

    public string Title
    {
        get;
        set => field = VietnameseText.Normalize(value);
    } = string.Empty;

    public string? Description
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    public List<TaskGroup> Groups { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}
