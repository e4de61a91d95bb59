using System.Security.Claims;
using DanVan.Data;
using DanVan.Web.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Home;

public sealed class IndexModel(AppDbContext db, OrganizationScope scope, TimeProvider clock) : PageModel
{
    public bool SignedIn { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public IReadOnlyList<ScopeRole> Roles { get; private set; } = [];

    public int OrganizationCount { get; private set; }

    public int ProvinceCount { get; private set; }

    public int CommuneCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SignedIn = User.Identity?.IsAuthenticated == true;
        if (!SignedIn)
        {
            return;
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        FullName = await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken) ?? User.Identity!.Name!;
        Roles = await scope.RolesAsync(cancellationToken);
        var paths = await scope.ReadablePathsAsync(cancellationToken);
        OrganizationCount = await db.Organizations.WithinAnySubtree(paths).CountAsync(o => o.ValidTo == null, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var current = db.AdminUnits.Where(u => (u.ValidFrom == null || u.ValidFrom <= today) && (u.ValidTo == null || u.ValidTo >= today));
        ProvinceCount = await current.CountAsync(u => u.Level == 1, cancellationToken);
        CommuneCount = await current.CountAsync(u => u.Level == 2, cancellationToken);
    }
}
