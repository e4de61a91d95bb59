using System.Security.Claims;
using DanVan.Data;
using DanVan.Domain.Accounts;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Auth;

/// <summary>
/// What the signed-in person may see and change: the subtrees of the organisations they hold
/// roles in. Read once per request from the database, so a role change applies at once.
/// </summary>
public sealed class OrganizationScope(AppDbContext db, IHttpContextAccessor http)
{
    private IReadOnlyList<ScopeRole>? _roles;

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<IReadOnlyList<ScopeRole>> RolesAsync(CancellationToken cancellationToken = default)
    {
        if (_roles is not null)
        {
            return _roles;
        }

        var userId = UserId;
        _roles = userId is null
            ? []
            : await db.RoleAssignments.AsNoTracking()
                .Where(r => r.UserId == userId)
                .Select(r => new ScopeRole(r.OrganizationId, r.Organization!.Name, r.Organization.Path, r.Role))
                .ToListAsync(cancellationToken);
        return _roles;
    }

    /// <summary>Subtree roots the person can read, without roots nested in other roots.</summary>
    public async Task<IReadOnlyList<string>> ReadablePathsAsync(CancellationToken cancellationToken = default) =>
        Outermost((await RolesAsync(cancellationToken)).Select(r => r.Path));

    /// <summary>Subtree roots where the person is Quản trị.</summary>
    public async Task<IReadOnlyList<string>> ManagedPathsAsync(CancellationToken cancellationToken = default) =>
        Outermost((await RolesAsync(cancellationToken)).Where(r => r.Role == OrganizationRole.Administrator).Select(r => r.Path));

    public async Task<bool> CanReadAsync(string organizationPath, CancellationToken cancellationToken = default) =>
        (await ReadablePathsAsync(cancellationToken)).Any(root => OrganizationPath.IsWithin(root, organizationPath));

    public async Task<bool> CanManageAsync(string organizationPath, CancellationToken cancellationToken = default) =>
        (await ManagedPathsAsync(cancellationToken)).Any(root => OrganizationPath.IsWithin(root, organizationPath));

    public async Task<bool> CanReadAsync(int organizationId, CancellationToken cancellationToken = default) =>
        await PathOfAsync(organizationId, cancellationToken) is { } path && await CanReadAsync(path, cancellationToken);

    public async Task<bool> CanManageAsync(int organizationId, CancellationToken cancellationToken = default) =>
        await PathOfAsync(organizationId, cancellationToken) is { } path && await CanManageAsync(path, cancellationToken);

    /// <summary>
    /// Lãnh đạo or Quản trị of an organisation above the given one: who approves or returns its
    /// reports. Nobody reviews their own organisation's work.
    /// </summary>
    public async Task<bool> CanReviewAsync(string organizationPath, CancellationToken cancellationToken = default) =>
        (await RolesAsync(cancellationToken)).Any(r => r.Role >= OrganizationRole.Leader && r.Path != organizationPath && OrganizationPath.IsWithin(r.Path, organizationPath));

    /// <summary>Quản trị at a root of the tree (the central commission): national reference data and everyone's records.</summary>
    public async Task<bool> IsCentralAdministratorAsync(CancellationToken cancellationToken = default) =>
        (await ManagedPathsAsync(cancellationToken)).Any(path => OrganizationPath.Ids(path).Count == 1);

    public async Task<bool> IsAdministratorAsync(CancellationToken cancellationToken = default) =>
        (await RolesAsync(cancellationToken)).Any(r => r.Role == OrganizationRole.Administrator);

    private Task<string?> PathOfAsync(int organizationId, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => (string?)o.Path).SingleOrDefaultAsync(cancellationToken);

    internal static List<string> Outermost(IEnumerable<string> paths)
    {
        var sorted = paths.Distinct().OrderBy(p => p.Length).ToList();
        var result = new List<string>();
        foreach (var path in sorted)
        {
            if (!result.Any(root => OrganizationPath.IsWithin(root, path)))
            {
                result.Add(path);
            }
        }

        return result;
    }
}

/// <summary>A role the person holds, with the organisation's path.</summary>
public sealed record ScopeRole(int OrganizationId, string OrganizationName, string Path, OrganizationRole Role);
