using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// What the demo seeders fill: the provincial commissions at work, in the order they were created,
/// each with the party committees of its first communes by administrative code.
/// </summary>
internal static class DemoProvinces
{
    public sealed record Commune(int Id, string Name, OrganizationLevel Level);

    public sealed record Province(int Id, string Name, IReadOnlyList<Commune> Communes);

    public static async Task<IReadOnlyList<Province>> LoadAsync(AppDbContext db, int communesEach, CancellationToken cancellationToken)
    {
        var commission = await db.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.Commission).Select(t => t.Id).SingleAsync(cancellationToken);
        var committee = await db.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.PartyCommittee).Select(t => t.Id).SingleAsync(cancellationToken);
        var provinces = await db.Organizations.AsNoTracking()
            .Where(o => o.Level == OrganizationLevel.Province && o.TypeId == commission && o.ValidTo == null)
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var loaded = new List<Province>(provinces.Count);
        foreach (var province in provinces)
        {
            var communes = await db.Organizations.AsNoTracking()
                .Where(o => o.ParentId == province.Id && o.TypeId == committee && o.ValidTo == null)
                .OrderBy(o => o.AdminUnitCode).Take(communesEach)
                .Select(o => new Commune(o.Id, o.Name, o.Level)).ToListAsync(cancellationToken);
            loaded.Add(new Province(province.Id, province.Name, communes));
        }

        return loaded;
    }
}
