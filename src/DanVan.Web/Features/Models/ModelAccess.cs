using DanVan.Data;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>
/// Which organisations a person works with for models: a list's root (the one asked for, or the
/// working organisation), the organisations a model may be registered for, and whether a model's
/// organisation is inside the person's subtrees. Outside them the answer is 403 whether or not it exists.
/// </summary>
public sealed class ModelAccess(AppDbContext db, OrganizationScope scope, CurrentOrganization current)
{
    public const int MaxChoices = 500;

    public sealed record Root(int Id, string Path, string Name);

    public sealed record Choice(int Id, string Name, int Depth);

    public sealed record Target(int Id, string Path, string Name, OrganizationLevel Level, bool IsOpen);

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

        return await scope.CanReadAsync(root.Path, cancellationToken) ? (root, CommandStatus.Ok) : (null, CommandStatus.Forbidden);
    }

    public async Task<Target?> OrganizationAsync(int organizationId, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new Target(o.Id, o.Path, o.Name, o.Level, o.ValidTo == null)).SingleOrDefaultAsync(cancellationToken);

    public Task<bool> CanReadAsync(string path, CancellationToken cancellationToken) => scope.CanReadAsync(path, cancellationToken);

    /// <summary>Whether the model's organisation is in the person's subtrees: 404 when there is no such model, 403 when it is elsewhere.</summary>
    public async Task<CommandStatus> ModelAsync(long modelId, CancellationToken cancellationToken)
    {
        var path = await db.ExemplaryModels.AsNoTracking().Where(m => m.Id == modelId)
            .Join(db.Organizations, m => m.OrganizationId, o => o.Id, (m, o) => o.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return CommandStatus.NotFound;
        }

        return await scope.CanReadAsync(path, cancellationToken) ? CommandStatus.Ok : CommandStatus.Forbidden;
    }

    public async Task<IReadOnlyList<string>> ReadablePathsAsync(CancellationToken cancellationToken) => await scope.ReadablePathsAsync(cancellationToken);

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

    private static int Depth(string path) => path.Count(c => c == '/') - 2;
}
