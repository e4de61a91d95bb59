using DanVan.Data;
using DanVan.Data.Programmes;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Programmes;

/// <summary>The work programmes of an organisation's subtree, newest year first, and one programme with its groups.</summary>
public sealed class ProgrammeDirectory(AppDbContext db, TaskAccess access)
{
    public async Task<(PagedList<ProgrammeDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(int? organizationId, int? year, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (root, status) = await access.RootAsync(organizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        var subtree = db.Organizations.IdsWithinSubtree(root.Path);
        var programmes = db.WorkProgrammes.AsNoTracking().Where(p => subtree.Contains(p.OrganizationId));
        if (year is { } y)
        {
            programmes = programmes.Where(p => p.Year == y);
        }

        var total = await programmes.CountAsync(cancellationToken);
        var ids = await programmes.OrderByDescending(p => p.Year).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToListAsync(cancellationToken);
        var items = await DescribeAsync(ids, cancellationToken);
        return (new PagedList<ProgrammeDto>(items, total, page, pageSize), root, CommandStatus.Ok);
    }

    public async Task<(ProgrammeDto? Programme, CommandStatus Status)> GetAsync(int programmeId, CancellationToken cancellationToken)
    {
        var path = await db.WorkProgrammes.AsNoTracking().Where(p => p.Id == programmeId)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => o.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return (null, CommandStatus.NotFound);
        }

        return await access.CanReadAsync(path, cancellationToken)
            ? ((await DescribeAsync([programmeId], cancellationToken)).Single(), CommandStatus.Ok)
            : (null, CommandStatus.Forbidden);
    }

    /// <summary>The programmes an officer may file a task under: those of organisations in their subtrees, newest first.</summary>
    public async Task<IReadOnlyList<ProgrammeDto>> ChoicesAsync(CancellationToken cancellationToken)
    {
        var roots = await access.ReadablePathsAsync(cancellationToken);
        var ids = db.Organizations.WithinAnySubtree(roots).Select(o => o.Id);
        var programmeIds = await db.WorkProgrammes.AsNoTracking().Where(p => ids.Contains(p.OrganizationId))
            .OrderByDescending(p => p.Year).ThenBy(p => p.Title).Take(SubtreeAccess.MaxChoices).Select(p => p.Id).ToListAsync(cancellationToken);
        return await DescribeAsync(programmeIds, cancellationToken);
    }

    private async Task<List<ProgrammeDto>> DescribeAsync(List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.WorkProgrammes.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { Programme = p, o.Name })
            .ToListAsync(cancellationToken);
        var groups = await db.TaskGroups.AsNoTracking().Where(g => ids.Contains(g.ProgrammeId)).ToListAsync(cancellationToken);
        var counts = await db.WorkTasks.AsNoTracking().Where(t => t.ProgrammeId != null && ids.Contains(t.ProgrammeId.Value))
            .GroupBy(t => new { t.ProgrammeId, t.GroupId }).Select(g => new { g.Key.ProgrammeId, g.Key.GroupId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. ids.Select(id => rows.Single(r => r.Programme.Id == id)).Select(r => new ProgrammeDto(
            r.Programme.Id, r.Programme.OrganizationId, r.Name, r.Programme.Year, r.Programme.Title, r.Programme.Description,
            [.. groups.Where(g => g.ProgrammeId == r.Programme.Id).OrderBy(g => g.Order)
                .Select(g => new TaskGroupDto(g.Id, g.Order, g.Title, counts.Where(c => c.GroupId == g.Id).Sum(c => c.Count)))],
            counts.Where(c => c.ProgrammeId == r.Programme.Id).Sum(c => c.Count),
            r.Programme.UpdatedAt, r.Programme.UpdatedBy))];
    }
}
