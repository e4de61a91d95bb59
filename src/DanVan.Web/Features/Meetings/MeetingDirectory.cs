using DanVan.Data;
using DanVan.Data.Meetings;
using DanVan.Domain.Meetings;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Meetings;

/// <summary>What a list or calendar of meetings asks for.</summary>
/// <param name="OrganizationId">The subtree's root; the working organisation when empty.</param>
/// <param name="From">The first day, inclusive.</param>
/// <param name="To">The day after the last.</param>
public sealed record MeetingQuery(int? OrganizationId, DateOnly From, DateOnly To, MeetingFilter Filter, int Page = 1, int PageSize = Paging.DefaultPageSize);

/// <summary>Reads meetings, their bridge points and their content for the pages and the API.</summary>
public sealed class MeetingDirectory(AppDbContext db, MeetingAccess access, SubtreeAccess organizations)
{
    public async Task<(PagedList<MeetingRow>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(MeetingQuery query, CancellationToken cancellationToken)
    {
        var (meetings, root, status) = await MatchingAsync(query, cancellationToken);
        if (meetings is null)
        {
            return (null, null, status);
        }

        var total = await meetings.CountAsync(cancellationToken);
        var rows = await InListOrder(meetings)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToRows(db).ToListAsync(cancellationToken);
        return (new PagedList<MeetingRow>(rows, total, query.Page, query.PageSize), root, CommandStatus.Ok);
    }

    /// <summary>Every meeting the list's filters select, in its order, read as the rows are written.</summary>
    public async Task<(IAsyncEnumerable<MeetingRow>? Rows, CommandStatus Status)> StreamAsync(MeetingQuery query, CancellationToken cancellationToken)
    {
        var (meetings, _, status) = await MatchingAsync(query, cancellationToken);
        return meetings is null ? (null, status) : (InListOrder(meetings).ToRows(db).AsAsyncEnumerable(), status);
    }

    /// <summary>Every meeting of the period, for a month or week grid (cancelled ones included, marked).</summary>
    public async Task<(IReadOnlyList<MeetingRow>? Rows, SubtreeAccess.Root? Root, CommandStatus Status)> CalendarAsync(int? organizationId, DateOnly from, DateOnly to, MeetingFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await organizations.RootAsync(organizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        var rows = await db.VisibleWithin(root.Path, root.IsWholeTree, from.ToDateTime(TimeOnly.MinValue), to.ToDateTime(TimeOnly.MinValue)).Matching(db, filter).ToRowsAsync(db, cancellationToken);
        return (rows, root, CommandStatus.Ok);
    }

    public async Task<(MeetingDto? Meeting, CommandStatus Status)> GetAsync(long meetingId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.MeetingAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return (null, status);
        }

        var m = await db.Meetings.AsNoTracking().Include(m => m.Type).SingleAsync(m => m.Id == meetingId, cancellationToken);
        var host = await db.Organizations.AsNoTracking().Where(o => o.Id == m.HostOrganizationId).Select(o => new { o.Name, o.Level }).SingleAsync(cancellationToken);
        var agenda = await db.AgendaItems.AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.Order)
            .Select(a => new AgendaItemDto(a.Id, a.Order, a.Title, a.Presenter, a.DurationMinutes)).ToListAsync(cancellationToken);
        var conclusions = await db.MeetingConclusions.AsNoTracking().Where(c => c.MeetingId == meetingId).OrderBy(c => c.Order)
            .Select(c => new ConclusionDto(c.Id, c.Order, c.Text, db.WorkTasks.Count(t => t.ConclusionId == c.Id), Array.Empty<ConclusionTask>())).ToListAsync(cancellationToken);
        if (grant.CanEdit && conclusions.Any(c => c.TaskCount > 0))
        {
            var ids = conclusions.ConvertAll(c => (long?)c.Id);
            var tasks = (await db.WorkTasks.AsNoTracking().Where(t => ids.Contains(t.ConclusionId)).OrderBy(t => t.Id)
                .Select(t => new { t.ConclusionId, Task = new ConclusionTask(t.Id, t.Title, db.Organizations.Where(o => o.Id == t.OrganizationId).Select(o => o.Name).First(), t.Status, t.Progress) })
                .ToListAsync(cancellationToken)).ToLookup(t => t.ConclusionId!.Value, t => t.Task);
            conclusions = conclusions.ConvertAll(c => c with { Tasks = [.. tasks[c.Id]] });
        }

        var documents = await db.MeetingDocuments.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.UploadedAt)
            .Select(d => new MeetingDocumentDto(d.Id, d.Title, d.FileName, d.Size, d.UploadedAt, d.UploadedBy)).ToListAsync(cancellationToken);
        return (new MeetingDto(
            m.Id, m.TypeId, m.Type!.Name, m.HostOrganizationId, host.Name, host.Level, m.Title, m.Chairs, m.StartsAt, m.EndsAt, m.Place,
            m.Mode, MeetingModeNames.Of(m.Mode), m.OnlineLink, m.Purpose, m.Minutes, m.IsCancelled, m.SeriesId, m.Recurrence, grant.CanEdit, m.Revision,
            await SummaryAsync(meetingId, cancellationToken), agenda, conclusions, documents, m.CreatedAt, m.CreatedBy, m.UpdatedAt, m.UpdatedBy), CommandStatus.Ok);
    }

    /// <summary>The meeting's bridge points in the tree's order, each marked with whether the person may report it.</summary>
    public async Task<(IReadOnlyList<BridgePointDto>? Points, BridgeSummary? Summary, CommandStatus Status)> PointsAsync(long meetingId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.MeetingAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return (null, null, status);
        }

        var rows = await db.BridgePoints.AsNoTracking().Where(p => p.MeetingId == meetingId)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { Point = p, o.Name, o.Path })
            .OrderBy(r => r.Path)
            .Select(r => new { r.Point.Id, r.Point.OrganizationId, r.Name, r.Point.Location, r.Point.Status, r.Point.AttendanceCount, r.Point.Note, r.Point.Revision, r.Point.UpdatedAt, r.Point.UpdatedBy })
            .ToListAsync(cancellationToken);
        var ids = rows.ConvertAll(r => r.Id);
        var attendees = (await db.BridgeAttendees.AsNoTracking().Where(a => ids.Contains(a.BridgePointId)).OrderBy(a => a.BridgePointId).ThenBy(a => a.Order)
            .Select(a => new { a.BridgePointId, a.Name, a.Position, a.Organization }).ToListAsync(cancellationToken))
            .ToLookup(a => a.BridgePointId, a => new AttendeeDto(a.Name, a.Position, a.Organization));
        var reportable = grant.CanEdit ? null : await access.ReportableAsync([.. rows.Select(r => r.OrganizationId).Distinct()], cancellationToken);
        var points = rows.ConvertAll(r => new BridgePointDto(
            r.Id, r.OrganizationId, r.Name, r.Location, r.Status, ConnectionStatusNames.Of(r.Status), r.AttendanceCount, r.Note,
            [.. attendees[r.Id]], reportable?.Contains(r.OrganizationId) ?? true, r.Revision, r.UpdatedAt, r.UpdatedBy));
        return (points, Summarize(points.Select(p => (p.Status, p.AttendanceCount))), CommandStatus.Ok);
    }

    private async Task<(IQueryable<Meeting>? Meetings, SubtreeAccess.Root? Root, CommandStatus Status)> MatchingAsync(MeetingQuery query, CancellationToken cancellationToken)
    {
        var (root, status) = await organizations.RootAsync(query.OrganizationId, cancellationToken);
        return root is null
            ? (null, null, status)
            : (db.VisibleWithin(root.Path, root.IsWholeTree, query.From.ToDateTime(TimeOnly.MinValue), query.To.ToDateTime(TimeOnly.MinValue)).Matching(db, query.Filter), root, CommandStatus.Ok);
    }

    private static IOrderedQueryable<Meeting> InListOrder(IQueryable<Meeting> meetings) => meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id);

    private async Task<BridgeSummary> SummaryAsync(long meetingId, CancellationToken cancellationToken)
    {
        var counts = await db.BridgePoints.AsNoTracking().Where(p => p.MeetingId == meetingId)
            .GroupBy(p => p.Status).Select(g => new { Status = g.Key, Count = g.Count(), People = g.Sum(p => p.AttendanceCount ?? 0) })
            .ToListAsync(cancellationToken);
        int Of(ConnectionStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return new BridgeSummary(counts.Sum(c => c.Count), Of(ConnectionStatus.Connected), Of(ConnectionStatus.Failed), Of(ConnectionStatus.Absent), Of(ConnectionStatus.Pending), counts.Sum(c => c.People));
    }

    private static BridgeSummary Summarize(IEnumerable<(ConnectionStatus Status, int? Count)> points)
    {
        var list = points.ToList();
        return new BridgeSummary(
            list.Count,
            list.Count(p => p.Status == ConnectionStatus.Connected),
            list.Count(p => p.Status == ConnectionStatus.Failed),
            list.Count(p => p.Status == ConnectionStatus.Absent),
            list.Count(p => p.Status == ConnectionStatus.Pending),
            list.Sum(p => p.Count ?? 0));
    }
}
