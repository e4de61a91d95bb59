using DanVan.Domain.Programmes;
using DanVan.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Programmes;

/// <summary>Which tasks a list keeps by their deadline on a day; only open tasks run against a deadline.</summary>
public enum WorkTaskDeadlineFilter
{
    /// <summary>Open, and the deadline was before the day.</summary>
    Overdue = 1,

    /// <summary>Open, and the deadline is the day or within <see cref="WorkTaskQueries.DueSoonDays"/> days after it.</summary>
    DueSoon = 2,
}

/// <summary>What narrows a task list besides the subtree.</summary>
/// <param name="Statuses">Only tasks in one of these statuses; empty or <c>null</c> for any.</param>
/// <param name="Deadline">Only overdue, or only due soon, tasks on <paramref name="Today"/>.</param>
/// <param name="Today">The day, in Vietnam, the deadline filter is judged on.</param>
/// <param name="Search">Words of the title, with or without diacritics.</param>
public sealed record WorkTaskFilter(
    IReadOnlyCollection<WorkTaskStatus>? Statuses = null,
    WorkTaskDeadlineFilter? Deadline = null,
    DateOnly Today = default,
    string? Search = null);

/// <summary>A task as the task list shows it.</summary>
public sealed record WorkTaskRow(
    long Id,
    string Title,
    int OrganizationId,
    string OrganizationName,
    WorkTaskStatus Status,
    int Progress,
    DateOnly? DueOn,
    DateOnly? StartOn,
    TaskSourceKind SourceKind,
    long? ParentId);

/// <summary>One page of a task list and how many tasks the whole list has.</summary>
public sealed record WorkTaskPage(int Total, List<WorkTaskRow> Rows);

/// <summary>The task queries the pages, the API and the benchmark share.</summary>
public static class WorkTaskQueries
{
    /// <summary>An open task this many calendar days from its deadline or fewer is due soon: the domain's rule.</summary>
    public const int DueSoonDays = TaskDeadline.DueSoonDays;

    private static readonly WorkTaskStatus[] Open = [WorkTaskStatus.NotStarted, WorkTaskStatus.InProgress, WorkTaskStatus.Paused];

    /// <summary>
    /// The tasks led by an organisation in the subtree rooted at <paramref name="rootPath"/>; every
    /// task when the subtree is the whole tree (<see cref="OrganizationQueries.IsWholeTreeAsync"/>),
    /// so that the nation's list is read in its order from an index, not organisation by organisation.
    /// </summary>
    public static IQueryable<WorkTask> WithinSubtree(this IQueryable<WorkTask> tasks, AppDbContext db, string rootPath, bool wholeTree)
    {
        if (wholeTree)
        {
            return tasks;
        }

        // An IN list of the subtree's organisations lets the database seek the tasks of each.
        var organizations = db.Organizations.IdsWithinSubtree(rootPath);
        return tasks.Where(t => organizations.Contains(t.OrganizationId));
    }

    /// <summary>Tasks still owed (<see cref="WorkTaskStatusNames.IsOpen"/>): not started, in progress or paused.</summary>
    public static IQueryable<WorkTask> StillOpen(this IQueryable<WorkTask> tasks) =>
        tasks.Where(t => t.Status == WorkTaskStatus.NotStarted || t.Status == WorkTaskStatus.InProgress || t.Status == WorkTaskStatus.Paused);

    /// <summary>Tasks in one of <paramref name="statuses"/>; all of them when it is empty.</summary>
    public static IQueryable<WorkTask> InStatus(this IQueryable<WorkTask> tasks, IReadOnlyCollection<WorkTaskStatus> statuses)
    {
        var distinct = statuses.Distinct().Order().ToArray();
        return distinct.Length switch
        {
            0 => tasks,
            1 => tasks.Where(t => t.Status == distinct[0]),
            // The open statuses spelt out, as StillOpen writes them, keep one cached plan for the commonest list.
            _ when distinct.SequenceEqual(Open) => tasks.StillOpen(),
            _ => tasks.Where(t => distinct.Contains(t.Status)),
        };
    }

    /// <summary>Open tasks whose deadline was before <paramref name="today"/>.</summary>
    public static IQueryable<WorkTask> OverdueOn(this IQueryable<WorkTask> tasks, DateOnly today) =>
        tasks.StillOpen().Where(t => t.DueOn < today);

    /// <summary>Open tasks due from <paramref name="today"/> to <see cref="DueSoonDays"/> days after it, both included.</summary>
    public static IQueryable<WorkTask> DueSoonOn(this IQueryable<WorkTask> tasks, DateOnly today)
    {
        var last = today.AddDays(DueSoonDays);
        return tasks.StillOpen().Where(t => t.DueOn >= today && t.DueOn <= last);
    }

    /// <summary>Tasks whose title holds every word of <paramref name="search"/>, diacritics or not.</summary>
    public static IQueryable<WorkTask> Searching(this IQueryable<WorkTask> tasks, string? search)
    {
        foreach (var word in VietnameseText.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tasks = tasks.Where(t => t.TitleFolded.Contains(word));
        }

        return tasks;
    }

    /// <summary>Narrows tasks by status, deadline and the title's words.</summary>
    public static IQueryable<WorkTask> Matching(this IQueryable<WorkTask> tasks, WorkTaskFilter filter)
    {
        if (filter.Statuses is { Count: > 0 } statuses)
        {
            tasks = tasks.InStatus(statuses);
        }

        tasks = filter.Deadline switch
        {
            WorkTaskDeadlineFilter.Overdue => tasks.OverdueOn(filter.Today),
            WorkTaskDeadlineFilter.DueSoon => tasks.DueSoonOn(filter.Today),
            _ => tasks,
        };
        return tasks.Searching(filter.Search);
    }

    /// <summary>The list's order: the nearest deadline first, those without one last, then by id.</summary>
    public static IOrderedQueryable<WorkTask> ByDeadline(this IQueryable<WorkTask> tasks) =>
        tasks.OrderBy(t => t.DueOn == null).ThenBy(t => t.DueOn).ThenBy(t => t.Id);

    /// <summary>The rows of tasks as a query, in the order given.</summary>
    public static IQueryable<WorkTaskRow> ToRows(this IQueryable<WorkTask> tasks, AppDbContext db) =>
        tasks.Select(t => new WorkTaskRow(
            t.Id,
            t.Title,
            t.OrganizationId,
            db.Organizations.Where(o => o.Id == t.OrganizationId).Select(o => o.Name).First(),
            t.Status,
            t.Progress,
            t.DueOn,
            t.StartOn,
            t.SourceKind,
            t.ParentId));

    /// <summary>
    /// The total of the tasks, and one page of them by deadline (<see cref="ByDeadline"/>). Over
    /// the whole table (<paramref name="wholeTree"/>: no subtree condition) the page is read in the
    /// deadline index's order (<see cref="InDeadlineIndexOrderAsync"/>). Within a subtree, on
    /// PostgreSQL the page is read in two steps (<see cref="DeadlinePaging.NarrowedToPageAsync"/>):
    /// first the deadline of its last task, which the database finds in the (organisation, status,
    /// deadline) index without reading a task; then only the tasks due by that day, in order.
    /// Asked for the page at once, PostgreSQL expects to read every open task of a province to sort
    /// them and scans the whole table instead (a tenth of a second nationally).
    /// </summary>
    public static async Task<WorkTaskPage> ToPageAsync(this IQueryable<WorkTask> tasks, AppDbContext db, int skip, int take, bool wholeTree, CancellationToken cancellationToken)
    {
        var total = await tasks.CountAsync(cancellationToken);
        if (total <= skip || take <= 0)
        {
            return new WorkTaskPage(total, []);
        }

        if (wholeTree)
        {
            return new WorkTaskPage(total, await tasks.InDeadlineIndexOrderAsync(db, skip, take, cancellationToken));
        }

        var page = await tasks.NarrowedToPageAsync(db, t => t.DueOn, skip, take, total, cancellationToken);
        var rows = await page.ByDeadline().Skip(skip).Take(take).ToRows(db).ToListAsync(cancellationToken);
        return new WorkTaskPage(total, rows);
    }

    /// <summary>
    /// One page by deadline (<see cref="ByDeadline"/>) read in the order of the (deadline, id)
    /// index: the tasks with a deadline first, by deadline and id, then, when the page reaches past
    /// them, those without one by id. Asked for "deadline null last" in one order, neither database
    /// reads the index in order: each sorts every task (nationally a quarter of a second).
    /// </summary>
    private static async Task<List<WorkTaskRow>> InDeadlineIndexOrderAsync(this IQueryable<WorkTask> tasks, AppDbContext db, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await tasks.Where(t => t.DueOn != null).OrderBy(t => t.DueOn).ThenBy(t => t.Id)
            .Skip(skip).Take(take).ToRows(db).ToListAsync(cancellationToken);
        if (rows.Count == take)
        {
            return rows;
        }

        // Short of a page, the dated tasks ended on it; with none on it, they ended before it.
        var dated = rows.Count > 0 ? skip + rows.Count : await tasks.CountAsync(t => t.DueOn != null, cancellationToken);
        rows.AddRange(await tasks.Where(t => t.DueOn == null).OrderBy(t => t.Id)
            .Skip(Math.Max(0, skip - dated)).Take(take - rows.Count).ToRows(db).ToListAsync(cancellationToken));
        return rows;
    }
}
