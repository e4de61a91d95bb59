using DanVan.Data;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>
/// Which organisations a person works with for models (the shared <see cref="SubtreeAccess"/>), and
/// whether a model's organisation is inside the person's subtrees. Outside them the answer is 403
/// whether or not it exists.
/// </summary>
public sealed class ModelAccess(AppDbContext db, OrganizationScope scope, SubtreeAccess subtree)
{
    public Task<(SubtreeAccess.Root? Root, CommandStatus Status)> RootAsync(int? organizationId, CancellationToken cancellationToken) => subtree.RootAsync(organizationId, cancellationToken);

    public Task<SubtreeAccess.Target?> OrganizationAsync(int organizationId, CancellationToken cancellationToken) => subtree.OrganizationAsync(organizationId, cancellationToken);

    public Task<bool> CanReadAsync(string path, CancellationToken cancellationToken) => subtree.CanReadAsync(path, cancellationToken);

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

    public Task<IReadOnlyList<string>> ReadablePathsAsync(CancellationToken cancellationToken) => subtree.ReadablePathsAsync(cancellationToken);

    public Task<int?> CurrentIdAsync(CancellationToken cancellationToken) => subtree.CurrentIdAsync(cancellationToken);

    /// <summary>The open organisations in the person's subtrees, in tree order, for a picker.</summary>
    public Task<IReadOnlyList<SubtreeAccess.Choice>> ChoicesAsync(CancellationToken cancellationToken) => subtree.ChoicesAsync(cancellationToken);

    /// <summary>The picker's choices, with a model's own organisation first when it has since closed.</summary>
    public Task<IReadOnlyList<SubtreeAccess.Choice>> ChoicesAsync(int? kept, CancellationToken cancellationToken) => subtree.ChoicesAsync(kept, cancellationToken);
}
