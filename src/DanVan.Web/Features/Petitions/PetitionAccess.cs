using DanVan.Data;
using DanVan.Data.Petitions;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// Loads a petition for a person: anyone whose scope covers the handling organisation reads it and
/// acts on it; its handlers — the people of the handling organisation itself and the person it is
/// assigned to — also see a denouncer's identity.
/// </summary>
public sealed class PetitionAccess(AppDbContext db, OrganizationScope scope)
{
    public sealed record Target(Petition Petition, string OrganizationPath, string OrganizationName, bool IsHandler);

    public async Task<(Target? Target, CommandStatus Status)> LoadAsync(long petitionId, bool withHistory, CancellationToken cancellationToken)
    {
        var query = db.Petitions.Include(p => p.Petitioners).Include(p => p.Extensions).AsQueryable();
        if (withHistory)
        {
            query = query.Include(p => p.Events);
        }

        var petition = await query.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == petitionId, cancellationToken);
        if (petition is null)
        {
            return (null, CommandStatus.NotFound);
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == petition.OrganizationId)
            .Select(o => new { o.Path, o.Name }).SingleAsync(cancellationToken);
        if (!await scope.CanReadAsync(organization.Path, cancellationToken))
        {
            return (null, CommandStatus.Forbidden);
        }

        return (new Target(petition, organization.Path, organization.Name, await IsHandlerAsync(petition, cancellationToken)), CommandStatus.Ok);
    }

    /// <summary>Whether the person handles the case: a role in the handling organisation itself, or the case is assigned to them.</summary>
    public async Task<bool> IsHandlerAsync(Petition petition, CancellationToken cancellationToken) =>
        (scope.UserId is { } userId && petition.AssignedToUserId == userId)
        || (await scope.RolesAsync(cancellationToken)).Any(r => r.OrganizationId == petition.OrganizationId);
}
