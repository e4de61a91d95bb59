using DanVan.Data;
using DanVan.Domain.Accounts;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Admin;

/// <summary>
/// People an administrator may see: those holding a role inside one of the subtrees the
/// administrator manages. Central administrators also see people without any role yet.
/// </summary>
public sealed class UserDirectory(AppDbContext db, OrganizationScope scope, TimeProvider clock)
{
    public async Task<PagedList<UserSummary>> SearchAsync(string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (pageNumber, size) = Paging.Normalize(page, pageSize);
        var users = await MatchingAsync(q, cancellationToken);
        var total = await users.CountAsync(cancellationToken);
        var page1 = await users.OrderBy(u => u.UserName).Skip((pageNumber - 1) * size).Take(size)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.Email, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var ids = page1.Select(u => u.Id).ToList();
        var roles = await RolesOfAsync(ids, cancellationToken);
        var now = clock.GetUtcNow();
        var items = page1.Select(u => new UserSummary(u.Id, u.UserName!, u.FullName, u.Email, u.LockoutEnd > now, u.TwoFactorEnabled,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Role).ToList())).ToList();
        return new PagedList<UserSummary>(items, total, pageNumber, size);
    }

    /// <summary>
    /// The people the search selects in the list's order, one row per role they hold inside the
    /// administrator's subtrees (one row without a role for those who hold none there), read as
    /// the rows are written.
    /// </summary>
    public async Task<IAsyncEnumerable<UserRoleRow>> StreamRolesAsync(string? q, CancellationToken cancellationToken)
    {
        var users = await MatchingAsync(q, cancellationToken);
        var visible = db.Organizations.WithinAnySubtree(await scope.ManagedPathsAsync(cancellationToken)).Select(o => o.Id);
        var now = clock.GetUtcNow();
        var rows = from u in users
                   from r in u.Roles.Where(r => visible.Contains(r.OrganizationId)).DefaultIfEmpty()
                   orderby u.UserName, r!.Id
                   select new { u.UserName, u.FullName, u.Email, u.LockoutEnd, u.TwoFactorEnabled, OrganizationName = r == null ? null : r.Organization!.Name, Role = r == null ? (OrganizationRole?)null : r.Role };
        return rows.AsAsyncEnumerable().Select(r => new UserRoleRow(r.UserName!, r.FullName, r.Email, r.LockoutEnd > now, r.TwoFactorEnabled, r.OrganizationName, r.Role));
    }

    public async Task<UserSummary?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(id, cancellationToken))
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.Email, u.LockoutEnd, u.TwoFactorEnabled })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await RolesOfAsync([id], cancellationToken);
        return new UserSummary(user.Id, user.UserName!, user.FullName, user.Email, user.LockoutEnd > clock.GetUtcNow(), user.TwoFactorEnabled, roles.Select(r => r.Role).ToList());
    }

    /// <summary>Whether the administrator may change this person: the person holds a role in a managed subtree (or none, for central administrators).</summary>
    public async Task<bool> MayManageAsync(string userId, CancellationToken cancellationToken)
    {
        var managed = await scope.ManagedPathsAsync(cancellationToken);
        var paths = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == userId).Select(r => r.Organization!.Path).ToListAsync(cancellationToken);
        if (paths.Count == 0)
        {
            return await db.Users.AnyAsync(u => u.Id == userId, cancellationToken) && await scope.IsCentralAdministratorAsync(cancellationToken);
        }

        return paths.Any(p => managed.Any(root => OrganizationPath.IsWithin(root, p)));
    }

    // The administrator's subtrees are read before the list, so that a streamed list runs no other query.
    private async Task<IQueryable<Data.Entities.AppUser>> MatchingAsync(string? q, CancellationToken cancellationToken)
    {
        var managed = await scope.ManagedPathsAsync(cancellationToken);
        var isCentral = await scope.IsCentralAdministratorAsync(cancellationToken);
        var organizationIds = db.Organizations.WithinAnySubtree(managed).Select(o => o.Id);
        var users = db.Users.AsNoTracking()
            .Where(u => u.Roles.Any(r => organizationIds.Contains(r.OrganizationId)) || isCentral && !u.Roles.Any());
        var text = q?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            var upper = text.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || u.FullName.Contains(text));
        }

        return users;
    }

    // Only the roles inside the administrator's own subtrees are shown: a person's roles elsewhere
    // are another province's business.
    private async Task<List<(string UserId, UserRole Role)>> RolesOfAsync(List<string> userIds, CancellationToken cancellationToken)
    {
        var managed = await scope.ManagedPathsAsync(cancellationToken);
        var visible = db.Organizations.WithinAnySubtree(managed).Select(o => o.Id);
        var rows = await db.RoleAssignments.AsNoTracking()
            .Where(r => userIds.Contains(r.UserId) && visible.Contains(r.OrganizationId))
            .Select(r => new { r.UserId, r.Id, r.OrganizationId, OrganizationName = r.Organization!.Name, r.Role })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.UserId, new UserRole(r.Id, r.OrganizationId, r.OrganizationName, r.Role))).ToList();
    }
}
