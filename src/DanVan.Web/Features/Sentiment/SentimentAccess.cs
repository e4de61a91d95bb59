using DanVan.Data;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Sentiment;

/// <summary>
/// Whether a sentiment report or issue belongs to an organisation inside the person's subtrees: 404
/// when there is none, 403 when it is elsewhere. Lists and pickers use the shared <see cref="SubtreeAccess"/>.
/// </summary>
public sealed class SentimentAccess(AppDbContext db, SubtreeAccess subtree)
{
    public SubtreeAccess Subtree => subtree;

    public Task<CommandStatus> ReportAsync(long reportId, CancellationToken cancellationToken) =>
        StatusAsync(db.SentimentReports.Where(r => r.Id == reportId).Select(r => r.OrganizationId), cancellationToken);

    public Task<CommandStatus> IssueAsync(long issueId, CancellationToken cancellationToken) =>
        StatusAsync(db.ProminentIssues.Where(i => i.Id == issueId).Select(i => i.OrganizationId), cancellationToken);

    private async Task<CommandStatus> StatusAsync(IQueryable<int> organization, CancellationToken cancellationToken)
    {
        var path = await organization.Join(db.Organizations, id => id, o => o.Id, (_, o) => o.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return CommandStatus.NotFound;
        }

        return await subtree.CanReadAsync(path, cancellationToken) ? CommandStatus.Ok : CommandStatus.Forbidden;
    }
}
