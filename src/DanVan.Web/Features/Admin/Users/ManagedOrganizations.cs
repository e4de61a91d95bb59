using DanVan.Data;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Admin.Users;

/// <summary>Open organisations an administrator may give roles in, for pickers (the first 2,000 by level and name).</summary>
public sealed class ManagedOrganizations(AppDbContext db, OrganizationScope scope)
{
    public async Task<IReadOnlyList<ManagedOrganization>> ListAsync(CancellationToken cancellationToken)
    {
        var managed = await scope.ManagedPathsAsync(cancellationToken);
        var rows = await db.Organizations.AsNoTracking().WithinAnySubtree(managed)
            .Where(o => o.ValidTo == null)
            .OrderBy(o => o.Level).ThenBy(o => o.NameFolded)
            .Take(2000)
            .Select(o => new ManagedOrganization(o.Id, o.Name))
            .ToListAsync(cancellationToken);
        return rows;
    }
}
