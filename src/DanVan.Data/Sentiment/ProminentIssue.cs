using DanVan.Data.Auditing;
using DanVan.Domain.Sentiment;
using DanVan.Domain.Text;

namespace DanVan.Data.Sentiment;

/// <summary>
/// A prominent issue (vấn đề nổi cộm) a report raises: where, how far it reaches, roughly how many
/// households and people it touches (aggregate numbers, never names) and how its follow-up stands.
/// </summary>
public sealed class ProminentIssue : IAuditable
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    /// <summary>The reporting organisation, copied from the report for scope and lists.</summary>
    public int OrganizationId { get; set; }

    public int TopicId { get; set; }

    public string Title
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

    /// <summary>Where it happens, as text: "Thôn 3, xã …".</summary>
    public string Locality
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

    public IssueScale Scale { get; set; }

    /// <summary>Estimated households affected, if known.</summary>
    public int? Households { get; set; }

    /// <summary>Estimated people affected, if known.</summary>
    public int? People { get; set; }

    public IssueStatus Status { get; set; } = IssueStatus.Detected;

    /// <summary>The report's last day: the issue counts as found in the period holding it.</summary>
    public DateOnly FoundOn { get; set; }

    /// <summary>The day of the follow-up that resolved it; cleared when it is reopened.</summary>
    public DateOnly? ResolvedOn { get; set; }

    /// <summary>Title and locality folded for search.</summary>
    public string SearchFolded { get; private set; } = string.Empty;

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Raised by every change; a follow-up from an older revision is refused.</summary>
    public int Revision { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;

    private void Index() => SearchFolded = VietnameseText.Fold(string.Join(' ', Title, Locality));
}
