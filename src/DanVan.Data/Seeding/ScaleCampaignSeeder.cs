using DanVan.Data.Auditing;
using DanVan.Data.Campaigns;
using DanVan.Domain.Campaigns;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The campaigns of the national data set, for each of the five years up to this one: the centre's
/// Tết drive with every provincial commission taking part, and in each province its own Tết care,
/// its movement for new rural areas and its "Vì người nghèo" drive with all its communes' party
/// committees taking part. Every organisation taking part records its results once a campaign has
/// run (or up to the day they are built). Written in bulk, one province per transaction; a province
/// whose commission already hosts campaigns is skipped, so a stopped run resumes. Deterministic for
/// a seed and a day.
/// </summary>
public sealed class ScaleCampaignSeeder(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ScaleCampaignsSeeded";

    /// <summary>How many years of campaigns, up to the current one.</summary>
    public const int Years = 5;

    private static readonly string[] TetIndicators = ["DOAN_THAM", "DOAN_KIEMTRA", "QUA_NCC", "QUA_NGHEO", "QUA_TREEM", "GIA_TRI_QUA"];

    private static readonly string[] RuralIndicators = ["NTM_DONGGOP", "DAT_HIEN", "NGAY_CONG", "HO_SINHKE"];

    private static readonly string[] PoorIndicators = ["QUY_VNN", "HO_NHA", "NHA_MOI", "NHA_SUA"];

    public async Task<ScaleCampaignResult> SeedAsync(int seed, IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var bulk = UnauditedContext.For(db);
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var tree = await ScaleTree.LoadAsync(bulk, cancellationToken);
        var hosting = await bulk.Campaigns.Select(c => c.HostOrganizationId).Distinct().ToListAsync(cancellationToken);
        var todo = tree.Provinces.Where(p => !hosting.Contains(p.Commission.Id)).ToList();
        if (todo.Count == 0)
        {
            return new ScaleCampaignResult(await bulk.Campaigns.CountAsync(cancellationToken), 0, 0);
        }

        var years = Enumerable.Range(today.Year - Years + 1, Years).ToList();
#pragma warning disable CA5394 // Deterministic data for benchmarks, not security.
        var random = new Random(unchecked(seed * 467));
        var campaigns = 0;
        var entries = 0;
        if (!hosting.Contains(tree.Central.Id))
        {
            var plan = new List<Planned>();
            foreach (var year in years)
            {
                plan.Add(new Planned(Campaign(CampaignKind.TetCare, $"Chăm lo Tết cho người nghèo và gia đình chính sách năm {year}", tree.Central.Id, new DateOnly(year, 1, 5), new DateOnly(year, 2, 28), TetIndicators, now),
                    [.. tree.Provinces.Select(p => p.Commission.Id)]));
            }

            (campaigns, entries) = Add((campaigns, entries), await WriteAsync(bulk, plan, today, random, now, cancellationToken));
        }

        foreach (var province in todo)
        {
            var communes = province.Committees.Select(c => c.Id).ToList();
            var host = province.Commission.Id;
            var plan = new List<Planned>();
            foreach (var year in years)
            {
                plan.Add(new Planned(Campaign(CampaignKind.TetCare, $"Chăm lo Tết năm {year} – {province.Commission.Name}", host, new DateOnly(year, 1, 10), new DateOnly(year, 2, 20), TetIndicators, now), communes));
                plan.Add(new Planned(Campaign(CampaignKind.EmulationMovement, $"Thi đua “Dân vận khéo” xây dựng nông thôn mới năm {year}", host, new DateOnly(year, 3, 1), new DateOnly(year, 11, 30), RuralIndicators, now), communes));
                plan.Add(new Planned(Campaign(CampaignKind.Drive, $"Tháng cao điểm “Vì người nghèo” năm {year}", host, new DateOnly(year, 10, 17), new DateOnly(year, 11, 18), PoorIndicators, now), communes));
            }

            (campaigns, entries) = Add((campaigns, entries), await WriteAsync(bulk, plan, today, random, now, cancellationToken));
            progress?.Report(new ScaleSeedProgress("Phong trào", campaigns, (todo.Count * Years * 3) + Years));
        }
#pragma warning restore CA5394

        bulk.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, tree.Central.Id, AuditAction, new { Provinces = todo.Count, Campaigns = campaigns, Entries = entries }));
        await bulk.SaveChangesAsync(cancellationToken);
        return new ScaleCampaignResult(await bulk.Campaigns.CountAsync(cancellationToken), campaigns, entries);
    }

    private static (int, int) Add((int Campaigns, int Entries) a, (int Campaigns, int Entries) b) => (a.Campaigns + b.Campaigns, a.Entries + b.Entries);

    private sealed record Planned(Campaign Campaign, List<int> Participants);

    private static Campaign Campaign(CampaignKind kind, string name, int hostId, DateOnly starts, DateOnly ends, string[] codes, DateTime now) => new()
    {
        Kind = kind,
        Name = name,
        HostOrganizationId = hostId,
        StartsOn = starts,
        EndsOn = ends,
        Description = "Các cấp tổ chức thực hiện và báo cáo kết quả theo các chỉ tiêu của đợt.",
        Indicators = [.. codes.Select(c => CampaignIndicatorCatalog.Find(c)!).Select((c, i) => new CampaignIndicator { Order = i + 1, Code = c.Code, Name = c.Name, Unit = c.Unit })],
        CreatedAt = now,
        CreatedBy = "seed",
        UpdatedAt = now,
        UpdatedBy = "seed",
    };

    /// <summary>Writes the campaigns with their indicators and participants, then each participant's results once the campaign has run, in one transaction.</summary>
    private static async Task<(int Campaigns, int Entries)> WriteAsync(AppDbContext bulk, List<Planned> plan, DateOnly today, Random random, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await bulk.Database.BeginTransactionAsync(cancellationToken);
        var campaigns = plan.Where(p => p.Campaign.StartsOn <= today).ToList();
        var lastCampaign = await bulk.Campaigns.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        var indicators = campaigns.Select(p => p.Campaign.Indicators).ToList();
        await BulkInsert.InsertAsync(bulk, campaigns.ConvertAll(p => p.Campaign), cancellationToken);
        var campaignIds = await bulk.Campaigns.AsNoTracking().Where(c => c.Id > lastCampaign).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);

        var lastIndicator = await bulk.CampaignIndicators.MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0;
        var allIndicators = new List<CampaignIndicator>();
        for (var k = 0; k < campaigns.Count; k++)
        {
            indicators[k].ForEach(i => i.CampaignId = campaignIds[k]);
            allIndicators.AddRange(indicators[k]);
        }

        await BulkInsert.InsertAsync(bulk, allIndicators, cancellationToken);
        var indicatorIds = await bulk.CampaignIndicators.AsNoTracking().Where(i => i.Id > lastIndicator).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
        for (var k = 0; k < allIndicators.Count; k++)
        {
            allIndicators[k].Id = indicatorIds[k];
        }

        await BulkInsert.InsertAsync(bulk, campaigns.SelectMany((p, k) => p.Participants.Select(o => new CampaignParticipant { CampaignId = campaignIds[k], OrganizationId = o, AddedAt = now, AddedBy = "seed" })).ToList(), cancellationToken);

        // Each organisation taking part records once, some days into the campaign (not after today); one in ten has not yet.
        var results = new List<CampaignResult>();
        for (var k = 0; k < campaigns.Count; k++)
        {
            var campaign = campaigns[k].Campaign;
            var span = campaign.EndsOn.DayNumber - campaign.StartsOn.DayNumber;
            foreach (var organization in campaigns[k].Participants)
            {
                var day = campaign.StartsOn.AddDays(random.Next(span + 1));
                if (random.Next(10) == 0 || day > today)
                {
                    continue;
                }

                results.Add(new CampaignResult
                {
                    CampaignId = campaignIds[k],
                    OrganizationId = organization,
                    RecordedOn = day,
                    CreatedAt = now,
                    CreatedBy = "seed",
                    Values = [.. indicators[k].Where(_ => random.Next(5) != 0).Select(i => new CampaignResultValue { IndicatorId = i.Id, Value = Amount(i.Code!, random) })],
                });
            }
        }

        var lastResult = await bulk.CampaignResults.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
        var values = results.Select(r => r.Values).ToList();
        await BulkInsert.InsertAsync(bulk, results, cancellationToken);
        var resultIds = await bulk.CampaignResults.AsNoTracking().Where(r => r.Id > lastResult).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        await BulkInsert.InsertAsync(bulk, values.SelectMany((v, k) => v.Select(x => { x.ResultId = resultIds[k]; return x; })).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (campaigns.Count, results.Count);
    }

    private static double Amount(string code, Random random) => code switch
    {
        "GIA_TRI_QUA" or "QUY_VNN" or "NTM_DONGGOP" => random.Next(20, 900) * 1_000_000d,
        "DAT_HIEN" => random.Next(50, 5_000),
        "NGAY_CONG" => random.Next(10, 400),
        "DOAN_THAM" or "DOAN_KIEMTRA" or "NHA_MOI" or "NHA_SUA" => random.Next(1, 12),
        _ => random.Next(5, 600),
    };
}

/// <summary>How many campaigns the data set has, and how many campaigns and result entries a run added.</summary>
public sealed record ScaleCampaignResult(int Campaigns, int Added, int EntriesAdded);
