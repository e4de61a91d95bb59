using System.Security.Claims;
using DanVan.Data;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Home;

public sealed class IndexModel(AppDbContext db, OrganizationScope scope, CurrentOrganization current, TimeProvider clock) : PageModel
{
    public bool SignedIn { get; private set; }

    public string FullName { get; private set; } = string.Empty;

    public IReadOnlyList<ScopeRole> Roles { get; private set; } = [];

    public ScopeRole? Current { get; private set; }

    /// <summary>Open organisations in the current working organisation's subtree.</summary>
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
        Current = await current.GetAsync(cancellationToken);
        OrganizationCount = Current is null ? 0 : await db.Organizations.WithinSubtree(Current.Path).CountAsync(o => o.ValidTo == null, cancellationToken);
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var unitsInForce = db.AdminUnits.Where(u => (u.ValidFrom == null || u.ValidFrom <= today) && (u.ValidTo == null || u.ValidTo >= today));
        // Both levels in one round trip, each counted from the (level, validity) index.
        var counts = await unitsInForce.Where(u => u.Level == 1 || u.Level == 2).GroupBy(u => u.Level)
            .Select(g => new { Level = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Level, g => g.Count, cancellationToken);
        ProvinceCount = counts.GetValueOrDefault(1);
        CommuneCount = counts.GetValueOrDefault(2);
    }
}
