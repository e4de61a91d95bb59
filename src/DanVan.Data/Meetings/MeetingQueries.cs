using DanVan.Domain.Meetings;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Meetings;

/// <summary>A meeting as the calendar and the list show it.</summary>
public sealed record MeetingRow(
    long Id,
    string Title,
    int TypeId,
    string TypeName,
    DateTime StartsAt,
    DateTime EndsAt,
    string Place,
    MeetingMode Mode,
    bool IsCancelled,
    int HostOrganizationId,
    string HostName,
    OrganizationLevel HostLevel,
    int BridgePointCount);

/// <summary>What narrows a calendar or list of meetings besides the subtree and the period.</summary>
/// <param name="TypeId">Only meetings of this type.</param>
/// <param name="Level">Only meetings hosted at this level.</param>
/// <param name="Search">Words of the title, folded.</param>
public sealed record MeetingFilter(int? TypeId = null, OrganizationLevel? Level = null, string? Search = null);

/// <summary>The meeting queries the pages, the API and the benchmark share.</summary>
public static class MeetingQueries
{
    /// <summary>
    /// The meetings someone working for the subtree rooted at <paramref name="rootPath"/> sees:
    /// those hosted inside it, and those where an organisation inside it is a bridge point.
    /// Starting in [<paramref name="from"/>, <paramref name="to"/>). The whole tree's
    /// (<paramref name="wholeTree"/>, <see cref="OrganizationQueries.IsWholeTreeAsync"/>) are every
    /// meeting of the period, read by the start index alone.
    /// </summary>
    public static IQueryable<Meeting> VisibleWithin(this AppDbContext db, string rootPath, bool wholeTree, DateTime from, DateTime to)
    {
        if (wholeTree)
        {
            return db.Meetings.Where(m => m.StartsAt >= from && m.StartsAt < to);
        }

        var organizations = db.Organizations.IdsWithinSubtree(rootPath);
        var hosted = db.Meetings.Where(m => organizations.Contains(m.HostOrganizationId) && m.StartsAt >= from && m.StartsAt < to).Select(m => m.Id);
        var points = db.Database.IsNpgsql()
            // PostgreSQL would scan every bridge point and hash them against the subtree (10 to 17 ms
            // nationally for a large province); a LATERAL join makes it read each organisation's
            // points from the (organisation, meeting) index (2 ms). The unbounded Take keeps
            // PostgreSQL from flattening it back into a join, and the correlation written as an
            // expression keeps EF from rewriting it as a ROW_NUMBER over every bridge point.
            ? organizations.SelectMany(id => db.BridgePoints.Where(p => p.OrganizationId == id + 0).Select(p => p.MeetingId).OrderBy(m => m).Take(int.MaxValue))
            : db.BridgePoints.Where(p => organizations.Contains(p.OrganizationId)).Select(p => p.MeetingId);
        var connected = points.Join(db.Meetings.Where(m => m.StartsAt >= from && m.StartsAt < to), id => id, m => m.Id, (id, m) => m.Id);
        var ids = hosted.Union(connected);
        return db.Meetings.Where(m => ids.Contains(m.Id));
    }

    /// <summary>Narrows meetings by type, the host's level and the title's words.</summary>
    public static IQueryable<Meeting> Matching(this IQueryable<Meeting> meetings, AppDbContext db, MeetingFilter filter)
    {
        if (filter.TypeId is { } typeId)
        {
            meetings = meetings.Where(m => m.TypeId == typeId);
        }

        if (filter.Level is { } level)
        {
            var hosts = db.Organizations.Where(o => o.Level == level).Select(o => o.Id);
            meetings = meetings.Where(m => hosts.Contains(m.HostOrganizationId));
        }

        foreach (var word in (filter.Search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            meetings = meetings.Where(m => m.TitleFolded.Contains(word));
        }

        return meetings;
    }

    /// <summary>The rows of meetings, in time order.</summary>
    public static Task<List<MeetingRow>> ToRowsAsync(this IQueryable<Meeting> meetings, AppDbContext db, CancellationToken cancellationToken) =>
        meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id).ToRows(db).ToListAsync(cancellationToken);

    /// <summary>The rows of meetings as a query, for paging.</summary>
    public static IQueryable<MeetingRow> ToRows(this IQueryable<Meeting> meetings, AppDbContext db) =>
        meetings.Select(m => new MeetingRow(
            m.Id,
            m.Title,
            m.TypeId,
            m.Type!.Name,
            m.StartsAt,
            m.EndsAt,
            m.Place,
            m.Mode,
            m.IsCancelled,
            m.HostOrganizationId,
            db.Organizations.Where(o => o.Id == m.HostOrganizationId).Select(o => o.Name).First(),
            db.Organizations.Where(o => o.Id == m.HostOrganizationId).Select(o => o.Level).First(),
            m.BridgePoints.Count));
}
