using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Portal;

/// <summary>
/// Where a citizen can send a petition on the portal: a province that has the system, then the
/// province's commission or the Party committee of a commune in it. Organisation names are public.
/// </summary>
public sealed class PublicPlaces(AppDbContext db)
{
    public sealed record Place(int OrganizationId, string Name);

    public sealed record Province(string Code, string Name);

    public async Task<IReadOnlyList<Province>> ProvincesAsync(CancellationToken cancellationToken)
    {
        var codes = await db.Organizations.AsNoTracking()
            .Where(o => o.Level == OrganizationLevel.Province && o.ValidTo == null && o.AdminUnitCode != null)
            .Select(o => o.AdminUnitCode!).Distinct().ToListAsync(cancellationToken);
        return await db.AdminUnits.AsNoTracking().Where(u => u.Level == 1 && u.ValidTo == null && codes.Contains(u.Code))
            .OrderBy(u => u.Name).Select(u => new Province(u.Code, u.FullName)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Place>> PlacesAsync(string? provinceCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(provinceCode) || provinceCode.Length > 10)
        {
            return [];
        }

        var communes = db.AdminUnits.Where(u => u.ParentCode == provinceCode && u.Level == 2 && u.ValidTo == null).Select(u => u.Code);
        var places = await db.Organizations.AsNoTracking()
            .Where(o => o.ValidTo == null && o.Type!.Code == (o.Level == OrganizationLevel.Province ? OrganizationTypeCatalog.Commission : OrganizationTypeCatalog.PartyCommittee)
                && ((o.Level == OrganizationLevel.Province && o.AdminUnitCode == provinceCode) || (o.Level == OrganizationLevel.Commune && communes.Contains(o.AdminUnitCode!))))
            .Select(o => new { o.Id, o.Name, o.Level })
            .ToListAsync(cancellationToken);
        return [.. places.OrderBy(p => p.Level).ThenBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).Select(p => new Place(p.Id, p.Name))];
    }
}
