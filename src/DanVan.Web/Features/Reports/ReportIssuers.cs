using System.Globalization;
using System.Text;
using DanVan.Data;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>Who issues a report document: the header lines and number symbol worked out from the organisation and its administrative unit.</summary>
public sealed class ReportIssuers(AppDbContext db, TimeProvider clock)
{
    public sealed record Issuer(string Name, string PartyParentBody, string StateParentBody, string Abbreviation, string Place, string? ParentName, DateOnly Today);

    public async Task<Issuer> OfAsync(int organizationId, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Name, o.Level, o.AdminUnitCode, ParentName = o.Parent != null ? o.Parent.Name : null })
            .SingleAsync(cancellationToken);
        var unit = organization.AdminUnitCode is null ? null : await db.AdminUnits.AsNoTracking()
            .Where(u => u.Code == organization.AdminUnitCode && u.ValidTo == null)
            .Select(u => new { u.Name, u.FullName, u.Level, u.ParentCode }).FirstOrDefaultAsync(cancellationToken);
        var province = unit is null ? null : unit.Level == 1 ? unit : await db.AdminUnits.AsNoTracking()
            .Where(u => u.Code == unit.ParentCode && u.ValidTo == null)
            .Select(u => new { u.Name, u.FullName, u.Level, u.ParentCode }).FirstOrDefaultAsync(cancellationToken);
        var today = Domain.Reporting.ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        return new Issuer(
            organization.Name,
            organization.Level == OrganizationLevel.Central || province is null ? "BAN CHẤP HÀNH TRUNG ƯƠNG" : "ĐẢNG BỘ " + province.FullName.ToUpper(Vietnamese),
            organization.Level == OrganizationLevel.Central || province is null ? "CHÍNH PHỦ" : "ỦY BAN NHÂN DÂN " + (unit?.Level == 2 ? unit.FullName : province.FullName).ToUpper(Vietnamese),
            Abbreviation(organization.Name, unit?.Name, province?.Name),
            province?.Name ?? "Hà Nội",
            organization.ParentName,
            today);
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Initials of the body's name without its place name and without "và", as ký hiệu are
    /// formed: "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An" gives "BTGDVTU", "Đảng ủy xã Hưng Nguyên" gives "ĐU".
    /// </summary>
    public static string Abbreviation(string name, string? unitName, string? provinceName)
    {
        var text = name;
        foreach (var place in new[] { unitName, provinceName })
        {
            if (!string.IsNullOrEmpty(place) && text.EndsWith(place, StringComparison.Ordinal))
            {
                text = text[..^place.Length].TrimEnd();
            }
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "và" && w is not ("xã" or "phường" or "đặc" or "khu" or "tỉnh" or "thành" or "phố"));
        var initials = new StringBuilder();
        foreach (var word in words)
        {
            initials.Append(char.ToUpper(word[0], Vietnamese));
        }

        return initials.Length == 0 ? "BC" : initials.ToString();
    }
}
