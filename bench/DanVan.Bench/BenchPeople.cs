using System.Security.Claims;
using DanVan.Data;
using DanVan.Domain.Accounts;
using DanVan.Web.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench;

/// <summary>The people of the national data set a scenario acts as, with the access scope a request of theirs gets.</summary>
internal static class BenchPeople
{
    /// <summary>The id of the person holding <paramref name="role"/> at the organisation.</summary>
    public static Task<string> HolderAsync(AppDbContext db, int organizationId, OrganizationRole role, CancellationToken cancellationToken) =>
        db.RoleAssignments.AsNoTracking().Where(r => r.OrganizationId == organizationId && r.Role == role)
            .OrderBy(r => r.Id).Select(r => r.UserId).FirstAsync(cancellationToken);

    /// <summary>A fresh scope for the person, as each request builds one (roles read once per request).</summary>
    public static OrganizationScope Scope(AppDbContext db, string userId) =>
        new(db, new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "bench")) },
        });
}

/// <summary>The subtrees a scenario runs over: every provincial commission, or the nation.</summary>
internal static class BenchRoots
{
    public static async Task<IReadOnlyList<string>> PathsAsync(AppDbContext db, bool national, CancellationToken cancellationToken) => national
        ? [await db.Organizations.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Path).FirstAsync(cancellationToken)]
        : await db.Organizations.AsNoTracking()
            .Where(o => o.Level == Domain.Organizations.OrganizationLevel.Province && o.ValidTo == null && o.Type!.Code == Data.Seeding.OrganizationTypeCatalog.Commission)
            .OrderBy(o => o.AdminUnitCode)
            .Select(o => o.Path)
            .ToListAsync(cancellationToken);

    /// <summary>A scenario's name for the nation: "petition-queue-province" becomes "petition-queue-national", "models-list" "models-list-national".</summary>
    public static string Name(string name, bool national) =>
        !national ? name : name.Contains("-province", StringComparison.Ordinal) ? name.Replace("-province", "-national", StringComparison.Ordinal) : name + "-national";
}
