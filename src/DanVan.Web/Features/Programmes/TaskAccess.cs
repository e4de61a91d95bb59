using DanVan.Data;
using DanVan.Data.Programmes;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Programmes;

/// <summary>
/// Who may do what with programmes and tasks. A task is seen by the subtrees of its lead, its
/// assigning and its co-ordinating organisations; the lead's subtree reports progress; the
/// assigning organisation's subtree changes or cancels it. Outside them the answer is 403 whether
/// or not the task exists.
/// </summary>
public sealed class TaskAccess(AppDbContext db, OrganizationScope scope, SubtreeAccess subtree)
{
    /// <summary>What the person may do with one task, and the paths that decided it.</summary>
    public sealed record TaskRights(bool CanRead, bool CanEdit, bool CanReport, string LeadPath, string AssignedByPath);

    /// <summary>The organisation whose subtree a list shows: the one asked for, else the working organisation.</summary>
    public Task<(SubtreeAccess.Root? Root, CommandStatus Status)> RootAsync(int? organizationId, CancellationToken cancellationToken) => subtree.RootAsync(organizationId, cancellationToken);

    public Task<SubtreeAccess.Target?> OrganizationAsync(int organizationId, CancellationToken cancellationToken) => subtree.OrganizationAsync(organizationId, cancellationToken);

    public Task<bool> CanReadAsync(string path, CancellationToken cancellationToken) => subtree.CanReadAsync(path, cancellationToken);

    public Task<IReadOnlyList<string>> ReadablePathsAsync(CancellationToken cancellationToken) => subtree.ReadablePathsAsync(cancellationToken);

    /// <summary>The working organisation's id, for a new record's default.</summary>
    public Task<int?> CurrentIdAsync(CancellationToken cancellationToken) => subtree.CurrentIdAsync(cancellationToken);

    /// <summary>What the person may do with a task; <c>null</c> when it does not exist.</summary>
    public async Task<TaskRights?> RightsAsync(long taskId, CancellationToken cancellationToken)
    {
        var task = await db.WorkTasks.AsNoTracking().Where(t => t.Id == taskId)
            .Select(t => new
            {
                Lead = db.Organizations.Where(o => o.Id == t.OrganizationId).Select(o => o.Path).Single(),
                AssignedBy = db.Organizations.Where(o => o.Id == t.AssignedByOrganizationId).Select(o => o.Path).Single(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return null;
        }

        var roots = await scope.ReadablePathsAsync(cancellationToken);
        bool Within(string path) => roots.Any(root => OrganizationPath.IsWithin(root, path));
        var canReport = Within(task.Lead);
        var canEdit = Within(task.AssignedBy);
        var canRead = canReport || canEdit;
        if (!canRead)
        {
            var coordinatorPaths = await db.WorkTaskCoordinators.AsNoTracking().Where(c => c.TaskId == taskId)
                .Join(db.Organizations, c => c.OrganizationId, o => o.Id, (c, o) => o.Path)
                .ToListAsync(cancellationToken);
            canRead = coordinatorPaths.Any(Within);
        }

        return new TaskRights(canRead, canEdit, canReport, task.Lead, task.AssignedBy);
    }

    /// <summary>The tasks the person sees: led, given or co-ordinated by an organisation in one of their subtrees.</summary>
    public async Task<IQueryable<WorkTask>> VisibleAsync(CancellationToken cancellationToken)
    {
        var roots = await scope.ReadablePathsAsync(cancellationToken);
        var ids = db.Organizations.WithinAnySubtree(roots).Select(o => o.Id);
        return db.WorkTasks.AsNoTracking().Where(t => ids.Contains(t.OrganizationId) || ids.Contains(t.AssignedByOrganizationId)
            || db.WorkTaskCoordinators.Any(c => c.TaskId == t.Id && ids.Contains(c.OrganizationId)));
    }

    /// <summary>The open organisations in the person's subtrees, in tree order, for a picker.</summary>
    public Task<IReadOnlyList<SubtreeAccess.Choice>> ChoicesAsync(CancellationToken cancellationToken) => subtree.ChoicesAsync(cancellationToken);
}
