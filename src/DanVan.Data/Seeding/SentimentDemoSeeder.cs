using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Domain.Sentiment;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Demo sentiment reports: for each demo province's commission and its first six communes, a
/// quarterly report for each of the last four complete quarters, and for some communes an ad hoc
/// report this quarter; with topic ratings and prominent issues in every status. Deterministic.
/// </summary>
public sealed class SentimentDemoSeeder(AppDbContext main, TimeProvider clock)
{
    private const int Quarters = 4;
    private const int CommunesPerProvince = 6;

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = UnauditedContext.For(main);
        if (await db.SentimentReports.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var topics = await db.SentimentTopics.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);
        var commission = await db.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.Commission).Select(t => t.Id).SingleAsync(cancellationToken);
        var committee = await db.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.PartyCommittee).Select(t => t.Id).SingleAsync(cancellationToken);
        var provinces = await db.Organizations.AsNoTracking()
            .Where(o => o.Level == OrganizationLevel.Province && o.TypeId == commission && o.ValidTo == null && db.Organizations.Any(c => c.ParentId == o.Id))
            .OrderBy(o => o.Id).Take(3).Select(o => o.Id).ToListAsync(cancellationToken);
        var current = SentimentPeriods.Of(today, SentimentGranularity.Quarter);
#pragma warning disable CA5394 // Deterministic demo data, not security.
        var random = new Random(2026);
        var added = 0;
        foreach (var province in provinces)
        {
            var communes = await db.Organizations.AsNoTracking().Where(o => o.ParentId == province && o.TypeId == committee && o.ValidTo == null)
                .OrderBy(o => o.AdminUnitCode).Take(CommunesPerProvince).Select(o => o.Id).ToListAsync(cancellationToken);
            foreach (var (organization, index) in communes.Prepend(province).Select((o, i) => (o, i)))
            {
                var planned = new List<SentimentSamples.PlannedReport>();
                for (var q = Quarters; q >= 1; q--)
                {
                    var quarter = SentimentPeriods.Of(current.Start.AddMonths(-3 * q), SentimentGranularity.Quarter);
                    planned.Add(SentimentSamples.Report(random, organization, SentimentReportKind.Periodic, quarter.Start, quarter.End, today, topics, now));
                }

                if (index % 2 == 1 && today > current.Start)
                {
                    var day = current.Start.AddDays(random.Next(today.DayNumber - current.Start.DayNumber));
                    planned.Add(SentimentSamples.Report(random, organization, SentimentReportKind.AdHoc, day, day, today, topics, now));
                }

                foreach (var (report, issues) in planned)
                {
                    db.SentimentReports.Add(report);
                    await db.SaveChangesAsync(cancellationToken);
                    foreach (var (issue, followUps) in issues)
                    {
                        issue.ReportId = report.Id;
                        db.ProminentIssues.Add(issue);
                        await db.SaveChangesAsync(cancellationToken);
                        followUps.ForEach(f => f.IssueId = issue.Id);
                        db.IssueFollowUps.AddRange(followUps);
                    }

                    added++;
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }
#pragma warning restore CA5394

        return added;
    }
}
