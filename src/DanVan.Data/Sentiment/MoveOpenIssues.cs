using DanVan.Data.Merging;
using DanVan.Domain.Sentiment;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Sentiment;

/// <summary>
/// A merged organisation's prominent issues that are still open are followed up by its successor
/// from now on; its reports, and the issues already resolved, stay with it as history.
/// </summary>
public sealed class MoveOpenIssues : IOrganizationMergeStep
{
    public Task<int> MoveAsync(AppDbContext db, int fromOrganizationId, int toOrganizationId, DateOnly effectiveOn, CancellationToken cancellationToken) =>
        db.ProminentIssues.Where(i => i.OrganizationId == fromOrganizationId && i.Status != IssueStatus.Resolved)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.OrganizationId, toOrganizationId).SetProperty(i => i.Revision, i => i.Revision + 1), cancellationToken);
}
