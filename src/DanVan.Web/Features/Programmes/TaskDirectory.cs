using DanVan.Data;
using DanVan.Data.Programmes;
using DanVan.Domain.Organizations;
using DanVan.Domain.Programmes;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Programmes;

/// <summary>The tasks of an organisation's subtree by deadline, one task with its history, and the follow-up counts.</summary>
public sealed class TaskDirectory(AppDbContext db, TaskAccess access, TimeProvider clock)
{
    public DateOnly Today => ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);

    public async Task<(PagedList<TaskRow>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(TaskFilter filter, CancellationToken cancellationToken)
    {
        var (tasks, root, status) = await FilterAsync(filter, cancellationToken);
        if (tasks is null)
        {
            return (null, null, status);
        }

        var skip = (filter.Page - 1) * filter.PageSize;
        if (!filter.DueLast)
        {
            var page = await tasks.ToPageAsync(db, skip, filter.PageSize, root!.IsWholeTree && !filter.Coordinating, cancellationToken);
            return (new PagedList<TaskRow>(await RowsAsync([.. page.Rows.Select(r => r.Id)], cancellationToken), page.Total, filter.Page, filter.PageSize), root, CommandStatus.Ok);
        }

        var total = await tasks.CountAsync(cancellationToken);
        var items = await RowsAsync(await DueLast(tasks).Skip(skip).Take(filter.PageSize).Select(t => t.Id).ToListAsync(cancellationToken), cancellationToken);
        return (new PagedList<TaskRow>(items, total, filter.Page, filter.PageSize), root, CommandStatus.Ok);
    }

    /// <summary>Every task the list's filters select, in the list's order, as they stream from one query (the export).</summary>
    public async Task<(IAsyncEnumerable<TaskRow>? Rows, CommandStatus Status)> ExportAsync(TaskFilter filter, CancellationToken cancellationToken)
    {
        var (tasks, _, status) = await FilterAsync(filter, cancellationToken);
        if (tasks is null)
        {
            return (null, status);
        }

        var today = Today;
        return (WithNames(filter.DueLast ? DueLast(tasks) : tasks.ByDeadline()).AsAsyncEnumerable().Select(r => Row(r.Task, r.Lead, r.AssignedBy, today)), CommandStatus.Ok);
    }

    private static IOrderedQueryable<WorkTask> DueLast(IQueryable<WorkTask> tasks) =>
        tasks.OrderBy(t => t.DueOn == null).ThenByDescending(t => t.DueOn).ThenByDescending(t => t.Id);

    // The list's filters over the subtree of the asked (or working) organisation, after its access check.
    private async Task<(IQueryable<WorkTask>? Tasks, SubtreeAccess.Root? Root, CommandStatus Status)> FilterAsync(TaskFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        // The subtree's own list is the tasks its organisations lead, by the query the bench measures
        // (a task given by an organisation of the subtree is led inside it too); the other list is
        // the tasks it co-ordinates that an organisation outside leads.
        var subtree = db.Organizations.IdsWithinSubtree(root.Path);
        var tasks = filter.Coordinating
            ? db.WorkTasks.AsNoTracking().Where(t => !subtree.Contains(t.OrganizationId) && db.WorkTaskCoordinators.Any(c => c.TaskId == t.Id && subtree.Contains(c.OrganizationId)))
            : db.WorkTasks.AsNoTracking().WithinSubtree(db, root.Path, root.IsWholeTree);
        if (filter.OpenOnly)
        {
            tasks = tasks.StillOpen();
        }
        else if (filter.Status is { } wanted)
        {
            tasks = tasks.Where(t => t.Status == wanted);
        }

        tasks = filter.Deadline switch
        {
            TaskDeadlineState.Overdue => tasks.OverdueOn(Today),
            TaskDeadlineState.DueSoon => tasks.DueSoonOn(Today),
            _ => tasks,
        };
        if (filter.ProgrammeId is { } programmeId)
        {
            tasks = tasks.Where(t => t.ProgrammeId == programmeId);
        }

        if (filter.Year is { } year)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            tasks = tasks.Where(t => t.DueOn >= first && t.DueOn <= last);
        }

        tasks = tasks.Searching(filter.Q);
        return (tasks, root, CommandStatus.Ok);
    }

    public async Task<(TaskDto? Task, CommandStatus Status)> GetAsync(long taskId, CancellationToken cancellationToken)
    {
        var rights = await access.RightsAsync(taskId, cancellationToken);
        if (rights is null)
        {
            return (null, CommandStatus.NotFound);
        }

        if (!rights.CanRead)
        {
            return (null, CommandStatus.Forbidden);
        }

        var t = await db.WorkTasks.AsNoTracking().Include(x => x.Coordinators).SingleAsync(x => x.Id == taskId, cancellationToken);
        var names = await NamesAsync([t.OrganizationId, t.AssignedByOrganizationId, .. t.Coordinators.Select(c => c.OrganizationId)], cancellationToken);
        var programme = t.ProgrammeId is { } pid ? await db.WorkProgrammes.AsNoTracking().Where(p => p.Id == pid).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken) : null;
        var group = t.GroupId is { } gid ? await db.TaskGroups.AsNoTracking().Where(g => g.Id == gid).Select(g => g.Title).SingleOrDefaultAsync(cancellationToken) : null;
        var parent = t.ParentId is { } parentId ? await db.WorkTasks.AsNoTracking().Where(p => p.Id == parentId).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken) : null;
        var subTaskIds = await db.WorkTasks.AsNoTracking().Where(s => s.ParentId == taskId).OrderBy(s => s.DueOn == null).ThenBy(s => s.DueOn).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var subTasks = await RowsAsync(subTaskIds, cancellationToken);
        var evidence = (await db.TaskEvidence.AsNoTracking().Where(e => e.TaskId == taskId).OrderBy(e => e.Id)
            .Select(e => new { e.UpdateId, Dto = new EvidenceDto(e.Id, e.FileName, e.Size, e.UploadedAt, e.UploadedBy) }).ToListAsync(cancellationToken))
            .ToLookup(e => e.UpdateId, e => e.Dto);
        var updates = (await db.TaskUpdates.AsNoTracking().Where(u => u.TaskId == taskId).OrderByDescending(u => u.ReportedOn).ThenByDescending(u => u.Id).ToListAsync(cancellationToken))
            .Select(u => new TaskUpdateDto(u.Id, u.ReportedOn, u.Progress, u.Status, WorkTaskStatusNames.Of(u.Status), u.Note, u.CreatedAt, u.CreatedBy, [.. evidence[u.Id]]))
            .ToList();
        var state = TaskDeadline.StateOn(t.Status, t.DueOn, t.CompletedOn, Today);
        return (new TaskDto(
            t.Id, t.Title, t.Description, t.OrganizationId, names[t.OrganizationId], t.AssignedByOrganizationId, names[t.AssignedByOrganizationId],
            [.. t.Coordinators.Select(c => new OrganizationRef(c.OrganizationId, names[c.OrganizationId])).OrderBy(c => c.Name, VietnameseText.Collation)],
            t.SourceKind, TaskSourceKindNames.Of(t.SourceKind), t.SourceReference, t.ConclusionId, t.ProgrammeId, programme, t.GroupId, group, t.ParentId, parent,
            t.StartOn, t.DueOn, t.Status, WorkTaskStatusNames.Of(t.Status), t.ReportedProgress, t.Progress, t.Weight, t.CompletedOn,
            state, TaskDeadlineStateNames.Of(state), t.Revision, rights.CanEdit, rights.CanReport, subTasks, updates,
            t.CreatedAt, t.CreatedBy, t.UpdatedAt, t.UpdatedBy), CommandStatus.Ok);
    }

    /// <summary>
    /// For each child of the root (and the root itself, for the tasks it leads), how many open tasks
    /// led inside its subtree are overdue or due soon: one grouped query over the tasks near or past their deadline.
    /// </summary>
    public async Task<(FollowUpDto? FollowUp, CommandStatus Status)> FollowUpAsync(int? organizationId, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(organizationId, cancellationToken);
        if (root is null)
        {
            return (null, status);
        }

        var today = Today;
        var soon = today.AddDays(TaskDeadline.DueSoonDays);
        var children = await db.Organizations.AsNoTracking().Where(o => o.ParentId == root.Id && o.ValidTo == null)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        // One grouped query: the open tasks near or past their deadline in the subtree, counted by lead organisation; each is then credited to the child whose subtree holds it.
        var byLead = await db.WorkTasks.AsNoTracking().WithinSubtree(db, root.Path, root.IsWholeTree).StillOpen()
            .Where(t => t.DueOn != null && t.DueOn <= soon)
            .GroupBy(t => t.OrganizationId)
            .Select(g => new { OrganizationId = g.Key, Overdue = g.Count(t => t.DueOn < today), DueSoon = g.Count(t => t.DueOn >= today) })
            .Join(db.Organizations, c => c.OrganizationId, o => o.Id, (c, o) => new { c.Overdue, c.DueSoon, o.Path })
            .ToListAsync(cancellationToken);
        var byChild = byLead
            .GroupBy(c => OrganizationPath.ChildUnder(root.Path, c.Path) ?? root.Id)
            .ToDictionary(g => g.Key, g => (Overdue: g.Sum(c => c.Overdue), DueSoon: g.Sum(c => c.DueSoon)));
        var rows = new List<FollowUpRow> { new(root.Id, root.Name, true, byChild.GetValueOrDefault(root.Id).Overdue, byChild.GetValueOrDefault(root.Id).DueSoon) };
        rows.AddRange(children
            .Select(c => new FollowUpRow(c.Id, c.Name, false, byChild.GetValueOrDefault(c.Id).Overdue, byChild.GetValueOrDefault(c.Id).DueSoon))
            .OrderByDescending(r => r.Overdue).ThenByDescending(r => r.DueSoon).ThenBy(r => r.OrganizationName, VietnameseText.Collation));
        return (new FollowUpDto(root.Id, root.Name, today, TaskDeadline.DueSoonDays, rows, rows.Sum(r => r.Overdue), rows.Sum(r => r.DueSoon)), CommandStatus.Ok);
    }

    // The rows of the given tasks, in the given order.
    private async Task<List<TaskRow>> RowsAsync(List<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await WithNames(db.WorkTasks.AsNoTracking().Where(t => ids.Contains(t.Id))).ToListAsync(cancellationToken);
        var today = Today;
        var position = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return [.. rows.OrderBy(r => position[r.Task.Id]).Select(r => Row(r.Task, r.Lead, r.AssignedBy, today))];
    }

    private sealed record Named(WorkTask Task, string Lead, string AssignedBy);

    // Each task with the names of the organisations that lead it and gave it, in the same statement.
    private IQueryable<Named> WithNames(IQueryable<WorkTask> tasks) => tasks
        .Join(db.Organizations, t => t.OrganizationId, o => o.Id, (t, o) => new { Task = t, Lead = o.Name })
        .Join(db.Organizations, x => x.Task.AssignedByOrganizationId, o => o.Id, (x, o) => new Named(x.Task, x.Lead, o.Name));

    private static TaskRow Row(WorkTask t, string lead, string assignedBy, DateOnly today)
    {
        var state = TaskDeadline.StateOn(t.Status, t.DueOn, t.CompletedOn, today);
        return new TaskRow(t.Id, t.Title, t.OrganizationId, lead, t.AssignedByOrganizationId, assignedBy, t.SourceKind, TaskSourceKindNames.Of(t.SourceKind), t.SourceReference,
            t.StartOn, t.DueOn, t.Status, WorkTaskStatusNames.Of(t.Status), t.Progress, state, TaskDeadlineStateNames.Of(state), t.ParentId, t.ProgrammeId, t.Weight);
    }

    private async Task<Dictionary<int, string>> NamesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
}
