using DanVan.Data;
using DanVan.Data.Reception;
using DanVan.Domain.Reception;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reception;

/// <summary>The reception sessions of an organisation's subtree, newest first, and one session.</summary>
public sealed class ReceptionSessionDirectory(AppDbContext db, SubtreeAccess access)
{
    public async Task<(PagedList<ReceptionSessionDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(ReceptionFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        var path = root.Path;
        var subtree = db.Organizations.IdsWithinSubtree(path);
        var sessions = db.ReceptionSessions.AsNoTracking().Where(s => subtree.Contains(s.OrganizationId));
        if (filter.Month is { } month)
        {
            var end = month.AddMonths(1);
            sessions = sessions.Where(s => s.HeldOn >= month && s.HeldOn < end);
        }

        if (filter.HeadInPerson is { } head)
        {
            sessions = sessions.Where(s => s.HeadInPerson == head);
        }

        foreach (var term in VietnameseText.SearchTerms(filter.Q))
        {
            sessions = sessions.Where(s => s.SearchFolded.Contains(term));
        }

        var total = await sessions.CountAsync(cancellationToken);
        var items = await Project(sessions).OrderByDescending(r => r.Session.HeldOn).ThenByDescending(r => r.Session.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        return (new PagedList<ReceptionSessionDto>(items.Select(Dto).ToList(), total, filter.Page, filter.PageSize), root, CommandStatus.Ok);
    }

    public async Task<(ReceptionSessionDto? Session, CommandStatus Status)> GetAsync(long sessionId, CancellationToken cancellationToken)
    {
        var row = await Project(db.ReceptionSessions.AsNoTracking().Where(s => s.Id == sessionId)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return (null, CommandStatus.NotFound);
        }

        return await access.CanReadAsync(row.Path, cancellationToken) ? (Dto(row), CommandStatus.Ok) : (null, CommandStatus.Forbidden);
    }

    private sealed class Row
    {
        public required ReceptionSession Session { get; init; }

        public required string OrganizationName { get; init; }

        public required string Path { get; init; }
    }

    private IQueryable<Row> Project(IQueryable<ReceptionSession> sessions) =>
        sessions.Join(db.Organizations, s => s.OrganizationId, o => o.Id, (s, o) => new Row { Session = s, OrganizationName = o.Name, Path = o.Path });

    private static ReceptionSessionDto Dto(Row row)
    {
        var s = row.Session;
        return new ReceptionSessionDto(
            s.Id, s.OrganizationId, row.OrganizationName, s.HeldOn, s.Place, s.ReceiverName, s.ReceiverPosition, HeadPositionNames.Of(s.ReceiverPosition),
            s.HeadInPerson, s.IsOnline, s.IsAdHoc, s.AdHocReason, s.CitizenCount, s.Matters, s.Outcomes, s.CreatedAt, s.CreatedBy, s.UpdatedAt, s.UpdatedBy);
    }
}
