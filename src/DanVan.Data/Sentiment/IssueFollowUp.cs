using DanVan.Data.Auditing;
using DanVan.Domain.Sentiment;

namespace DanVan.Data.Sentiment;

/// <summary>An action taken on a prominent issue and the status it left the issue in.</summary>
public sealed class IssueFollowUp : IAuditable
{
    public long Id { get; set; }

    public long IssueId { get; set; }

    public int OrganizationId { get; set; }

    public DateOnly On { get; set; }

    public string Action { get; set; } = string.Empty;

    public IssueStatus FromStatus { get; set; }

    public IssueStatus ToStatus { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}
