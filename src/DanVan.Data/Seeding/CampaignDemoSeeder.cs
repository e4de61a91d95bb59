using DanVan.Data.Campaigns;
using DanVan.Data.Entities;
using DanVan.Domain.Campaigns;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Demo campaigns: the centre's welfare drive around Tết with every province taking part, and in
/// each demo province an emulation movement for new rural areas with six of its communes, each with
/// results recorded by some of those taking part. Deterministic; the texts are our own.
/// </summary>
public sealed class CampaignDemoSeeder(AppDbContext main, TimeProvider clock)
{
    /// <summary>How many of a demo province's communes (first by administrative code) take part in its movement.</summary>
    public const int CommunesTakingPart = 6;

    public async Task<int> SeedAsync(Organization central, CancellationToken cancellationToken)
    {
        await using var db = UnauditedContext.For(main);
        if (await db.Campaigns.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var commission = await db.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.Commission).Select(t => t.Id).SingleAsync(cancellationToken);
        var committee = await db.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.PartyCommittee).Select(t => t.Id).SingleAsync(cancellationToken);
        var provinces = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == central.Id && o.Level == OrganizationLevel.Province && o.TypeId == commission && o.ValidTo == null)
            .OrderBy(o => o.AdminUnitCode).Select(o => new { o.Id, o.Name, HasChildren = db.Organizations.Any(c => c.ParentId == o.Id) })
            .ToListAsync(cancellationToken);

        var tet = New(CampaignKind.TetCare, "Chăm lo Tết cho hộ nghèo, gia đình chính sách và người có hoàn cảnh khó khăn", central.Id, today.AddDays(-45), today.AddDays(30), now,
            "Các cấp tổ chức thăm, tặng quà người có công, hộ nghèo, hộ cận nghèo và trẻ em có hoàn cảnh khó khăn; bảo đảm mọi nhà đều có Tết.",
            ["DOAN_THAM", "DOAN_KIEMTRA", "QUA_NCC", "QUA_NGHEO", "QUA_TREEM", "GIA_TRI_QUA"]);
        db.Campaigns.Add(tet);
        await db.SaveChangesAsync(cancellationToken);
        db.CampaignParticipants.AddRange(provinces.Select(p => new CampaignParticipant { CampaignId = tet.Id, OrganizationId = p.Id, AddedAt = now, AddedBy = "admin" }));

        var seeded = 1;
        var index = 0;
        foreach (var province in provinces.Where(p => p.HasChildren))
        {
            index++;
            Record(db, tet, province.Id, today.AddDays(-20), now, 12 + index, 8, 950 * index, 2_400 * index, 600, 1_300_000_000m * index);
            var communes = await db.Organizations.AsNoTracking().Where(o => o.ParentId == province.Id && o.TypeId == committee && o.ValidTo == null)
                .OrderBy(o => o.AdminUnitCode).Take(CommunesTakingPart).Select(o => o.Id).ToListAsync(cancellationToken);
            for (var i = 0; i < communes.Count - 2; i++)
            {
                Record(db, tet, communes[i], today.AddDays(-10 + i), now, 1 + (i % 2), 0, 25 + (5 * i), 60 + (10 * i), 15, 45_000_000m + (5_000_000m * i));
            }

            var movement = New(CampaignKind.EmulationMovement, $"Thi đua “Dân vận khéo” xây dựng nông thôn mới – {province.Name}", province.Id,
                new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31), now,
                "Vận động nhân dân hiến đất, góp công, góp tiền làm đường giao thông, nhà văn hóa; lực lượng vũ trang giúp dân ngày công.",
                ["NTM_DONGGOP", "DAT_HIEN", "NGAY_CONG", "HO_SINHKE"]);
            db.Campaigns.Add(movement);
            await db.SaveChangesAsync(cancellationToken);
            db.CampaignParticipants.AddRange(communes.Select(c => new CampaignParticipant { CampaignId = movement.Id, OrganizationId = c, AddedAt = now, AddedBy = "admin" }));
            for (var i = 0; i < communes.Count - 2; i++)
            {
                var day = new DateOnly(today.Year, 1, 1).AddDays(40 + (30 * i));
                db.CampaignResults.Add(new CampaignResult
                {
                    CampaignId = movement.Id,
                    OrganizationId = communes[i],
                    RecordedOn = day > today ? today : day,
                    Note = "Kết quả vận động trong đợt",
                    CreatedAt = now,
                    CreatedBy = "admin",
                    Values =
                    [
                        Amount(movement, "NTM_DONGGOP", 350_000_000 + (120_000_000 * i)),
                        Amount(movement, "DAT_HIEN", 1_200 + (340 * i)),
                        Amount(movement, "NGAY_CONG", 150 + (20 * i)),
                    ],
                });
            }

            seeded++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return seeded;
    }

    private static Campaign New(CampaignKind kind, string name, int hostId, DateOnly starts, DateOnly ends, DateTime now, string description, string[] codes) => new()
    {
        Kind = kind,
        Name = name,
        HostOrganizationId = hostId,
        StartsOn = starts,
        EndsOn = ends,
        Description = description,
        Indicators = [.. codes.Select((code, i) => CampaignIndicatorCatalog.Find(code)!).Select((c, i) => new CampaignIndicator { Order = i + 1, Code = c.Code, Name = c.Name, Unit = c.Unit })],
        CreatedAt = now,
        CreatedBy = "admin",
        UpdatedAt = now,
        UpdatedBy = "admin",
    };

    private static void Record(AppDbContext db, Campaign tet, int organizationId, DateOnly day, DateTime now, int visits, int inspections, int meritGifts, int poorGifts, int childGifts, decimal money) =>
        db.CampaignResults.Add(new CampaignResult
        {
            CampaignId = tet.Id,
            OrganizationId = organizationId,
            RecordedOn = day,
            Note = "Thăm, tặng quà trước Tết",
            CreatedAt = now,
            CreatedBy = "admin",
            Values =
            [
                Amount(tet, "DOAN_THAM", visits),
                .. inspections > 0 ? [Amount(tet, "DOAN_KIEMTRA", inspections)] : Array.Empty<CampaignResultValue>(),
                Amount(tet, "QUA_NCC", meritGifts),
                Amount(tet, "QUA_NGHEO", poorGifts),
                Amount(tet, "QUA_TREEM", childGifts),
                Amount(tet, "GIA_TRI_QUA", (double)money),
            ],
        });

    private static CampaignResultValue Amount(Campaign campaign, string code, double value) =>
        new() { IndicatorId = campaign.Indicators.Single(i => i.Code == code).Id, Value = value };
}
