using DanVan.Data;
using DanVan.Domain.Organizations;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Auth;

/// <summary>
/// Which organisations a person works with in a capability's lists and forms: the list's root (the
/// one asked for, or the working organisation), the organisations a form may pick, and whether an
/// organisation is inside the person's subtrees. Outside them the answer is 403 whether or not it exists.
/// </summary>
public sealed class SubtreeAccess(AppDbContext db, OrganizationScope scope, CurrentOrganization current)
{
    /// <summary>The most organisations a form's picker lists.</summary>
    public const int MaxChoices = 500;

    /// <summary>A list's root; <paramref name="IsWholeTree"/> when its subtree is every organisation (<see cref="OrganizationQueries.IsWholeTreeAsync"/>).</summary>
    public sealed record Root(int Id, string Path, string Name, bool IsWholeTree = false);

    public sealed record Choice(int Id, string Name, int Depth);

    public sealed record Target(int Id, string Path, string Name, OrganizationLevel Level, bool IsOpen);

    /// <summary>The organisation whose subtree a list shows: the one asked for, else the working organisation.</summary>
    public async Task<(Root? Root, CommandStatus Status)> RootAsync(int? organizationId, CancellationToken cancellationToken)
    {
        var id = organizationId ?? (await current.GetAsync(cancellationToken))?.OrganizationId;
        var root = id is { } value
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == value).Select(o => new Root(o.Id, o.Path, o.Name)).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (root is null)
        {
            return (null, organizationId is null ? CommandStatus.NotFound : CommandStatus.Forbidden);
        }

        if (!await scope.CanReadAsync(root.Path, cancellationToken))
        {
            return (null, CommandStatus.Forbidden);
        }

        return (root with { IsWholeTree = await db.Organizations.IsWholeTreeAsync(root.Path, cancellationToken) }, CommandStatus.Ok);
    }

    public async Task<Target?> OrganizationAsync(int organizationId, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new Target(o.Id, o.Path, o.Name, o.Level, o.ValidTo == null)).SingleOrDefaultAsync(cancellationToken);

    public Task<bool> CanReadAsync(string path, CancellationToken cancellationToken) => scope.CanReadAsync(path, cancellationToken);

    public Task<IReadOnlyList<string>> ReadablePathsAsync(CancellationToken cancellationToken) => scope.ReadablePathsAsync(cancellationToken);

    /// <summary>The working organisation's id, for a new record's default.</summary>
    public async Task<int?> CurrentIdAsync(CancellationToken cancellationToken) => (await current.GetAsync(cancellationToken))?.OrganizationId;

    /// <summary>The open organisations in the person's subtrees, in tree order, for a picker.</summary>
    public async Task<IReadOnlyList<Choice>> ChoicesAsync(CancellationToken cancellationToken)
    {
        var roots = await scope.ReadablePathsAsync(cancellationToken);
        var rows = await db.Organizations.AsNoTracking().WithinAnySubtree(roots)
            .Where(o => o.ValidTo == null)
            .OrderBy(o => o.Path).Take(MaxChoices)
            .Select(o => new { o.Id, o.Name, o.Path })
            .ToListAsync(cancellationToken);
        var rootDepth = rows.Count == 0 ? 0 : rows.Min(r => Depth(r.Path));
        return [.. rows.Select(r => new Choice(r.Id, r.Name, Depth(r.Path) - rootDepth))];
    }

    /// <summary>
    /// The picker's choices for a record kept with <paramref name="kept"/>: when that organisation
    /// has since closed (so it is not a choice) but is still in the person's subtrees, it comes
    /// first, so the record can be saved without moving.
    /// </summary>
    public async Task<IReadOnlyList<Choice>> ChoicesAsync(int? kept, CancellationToken cancellationToken)
    {
        var choices = await ChoicesAsync(cancellationToken);
        if (kept is { } id && choices.All(o => o.Id != id)
            && await OrganizationAsync(id, cancellationToken) is { } organization && await CanReadAsync(organization.Path, cancellationToken))
        {
            return [new Choice(organization.Id, organization.Name, 0), .. choices];
        }

        return choices;
    }

    private static int Depth(string path) => path.Count(c => c == '/') - 2;
}
