using DanVan.Data;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Organizations;

/// <summary>Reads the organisation tree, always limited to the person's own subtrees.</summary>
public sealed class OrganizationDirectory(AppDbContext db, OrganizationScope scope)
{
    /// <summary>
    /// The tree's first level: the current working organisation when one is chosen, otherwise the
    /// organisations the person holds roles in (outermost only).
    /// </summary>
    public async Task<IReadOnlyList<OrganizationSummary>> RootsAsync(ScopeRole? current, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> paths = current is null ? await scope.ReadablePathsAsync(cancellationToken) : [current.Path];
        var roots = await Summaries(db.Organizations.Where(o => paths.Contains(o.Path))).ToListAsync(cancellationToken);
        return roots.OrderBy(o => o.Level).ThenBy(o => o.Name, VietnameseText.Collation).ToList();
    }

    /// <summary>The children of an organisation the person may read; <c>null</c> when it is out of reach.</summary>
    public async Task<IReadOnlyList<OrganizationSummary>?> ChildrenAsync(int parentId, bool includeClosed, CancellationToken cancellationToken)
    {
        if (!await scope.CanReadAsync(parentId, cancellationToken))
        {
            return null;
        }

        var children = db.Organizations.Where(o => o.ParentId == parentId);
        if (!includeClosed)
        {
            children = children.Where(o => o.ValidTo == null);
        }

        var list = await Summaries(children).ToListAsync(cancellationToken);
        return list.OrderBy(o => o.Level).ThenBy(o => o.TypeName, VietnameseText.Collation).ThenBy(o => o.Name, VietnameseText.Collation).ToList();
    }

    public async Task<PagedList<OrganizationSummary>> SearchAsync(string? q, bool includeClosed, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (pageNumber, size) = Paging.Normalize(page, pageSize);
        var organizations = await MatchingAsync(q, includeClosed, cancellationToken);
        var total = await organizations.CountAsync(cancellationToken);
        var items = await Summaries(InSearchOrder(organizations))
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .ToListAsync(cancellationToken);
        return new PagedList<OrganizationSummary>(items, total, pageNumber, size);
    }

    /// <summary>Every organisation the search selects, in the search's order, read as the rows are written.</summary>
    public async Task<IAsyncEnumerable<OrganizationSummary>> StreamAsync(string? q, bool includeClosed, CancellationToken cancellationToken) =>
        Summaries(InSearchOrder(await MatchingAsync(q, includeClosed, cancellationToken))).AsAsyncEnumerable();

    public async Task<OrganizationDetails?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var details = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new
            {
                o.Id,
                o.Name,
                o.TypeId,
                TypeName = o.Type!.Name,
                o.Level,
                o.AdminUnitCode,
                o.ParentId,
                ParentName = o.Parent == null ? null : o.Parent.Name,
                o.Path,
                o.ValidFrom,
                o.ValidTo,
                o.MergedIntoId,
                MergedIntoName = o.MergedInto == null ? null : o.MergedInto.Name,
                ChildCount = db.Organizations.Count(c => c.ParentId == o.Id && c.ValidTo == null),
                PeopleCount = db.RoleAssignments.Where(r => r.OrganizationId == o.Id).Select(r => r.UserId).Distinct().Count(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (details is null)
        {
            return null;
        }

        var readable = await scope.ReadablePathsAsync(cancellationToken);
        var ancestorIds = OrganizationPath.Ids(details.Path).SkipLast(1).ToList();
        var ancestors = await db.Organizations.AsNoTracking()
            .Where(o => ancestorIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Path })
            .ToListAsync(cancellationToken);
        // Breadcrumbs start at the person's own subtree root: higher levels are not theirs to open.
        var crumbs = ancestors
            .Where(a => readable.Any(root => OrganizationPath.IsWithin(root, a.Path)))
            .OrderBy(a => a.Path.Length)
            .Select(a => new Breadcrumb(a.Id, a.Name))
            .ToList();
        var unitName = details.AdminUnitCode is null
            ? null
            : await db.AdminUnits.AsNoTracking().Where(u => u.Code == details.AdminUnitCode).OrderByDescending(u => u.ValidFrom).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken);
        return new OrganizationDetails(details.Id, details.Name, details.TypeId, details.TypeName, details.Level, details.AdminUnitCode, unitName,
            details.ParentId, details.ParentName, details.Path, details.ValidFrom, details.ValidTo, details.MergedIntoId, details.MergedIntoName,
            crumbs, details.ChildCount, details.PeopleCount);
    }

    public Task<List<OrganizationTypeDto>> TypesAsync(bool activeOnly, CancellationToken cancellationToken) =>
        db.OrganizationTypes.AsNoTracking()
            .Where(t => !activeOnly || t.IsActive)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new OrganizationTypeDto(t.Id, t.Code, t.Name, t.SortOrder, t.IsActive))
            .ToListAsync(cancellationToken);

    /// <summary>Open organisations a merge may target: same level, inside the person's managed subtrees.</summary>
    public async Task<List<OrganizationSummary>> MergeTargetsAsync(OrganizationDetails source, CancellationToken cancellationToken)
    {
        var managed = await scope.ManagedPathsAsync(cancellationToken);
        var candidates = await Summaries(db.Organizations.AsNoTracking().WithinAnySubtree(managed)
                .Where(o => o.Id != source.Id && o.ValidTo == null && o.Level == source.Level && o.TypeId == source.TypeId))
            .Take(1000)
            .ToListAsync(cancellationToken);
        return candidates.OrderBy(o => o.Name, VietnameseText.Collation).ToList();
    }

    // The person's subtrees are read before the list, so that a streamed list runs no other query.
    private async Task<IQueryable<Data.Entities.Organization>> MatchingAsync(string? q, bool includeClosed, CancellationToken cancellationToken)
    {
        var paths = await scope.ReadablePathsAsync(cancellationToken);
        var organizations = db.Organizations.AsNoTracking().WithinAnySubtree(paths);
        foreach (var term in VietnameseText.SearchTerms(q))
        {
            organizations = organizations.Where(o => o.NameFolded.Contains(term));
        }

        return includeClosed ? organizations : organizations.Where(o => o.ValidTo == null);
    }

    private static IQueryable<Data.Entities.Organization> InSearchOrder(IQueryable<Data.Entities.Organization> organizations) =>
        organizations.OrderBy(o => o.Level).ThenBy(o => o.NameFolded).ThenBy(o => o.Id);

    private IQueryable<OrganizationSummary> Summaries(IQueryable<Data.Entities.Organization> organizations) =>
        organizations.Select(o => new OrganizationSummary(
            o.Id, o.Name, o.Type!.Name, o.Level, o.AdminUnitCode, o.ParentId, o.Parent == null ? null : o.Parent.Name, o.ValidFrom, o.ValidTo,
            db.Organizations.Any(c => c.ParentId == o.Id)));
}
