using DanVan.Data.Auditing;
using DanVan.Data.Sentiment;
using DanVan.Domain.Reporting;
using DanVan.Domain.Sentiment;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The sentiment reports of the national data set: a quarterly report from every provincial
/// commission and commune party committee for each of the twenty quarters (five years) ending with
/// the last complete one — about 67,000 reports nationally — with topic ratings, prominent issues where
/// people are worried and their follow-ups. Written in bulk, one province per transaction; a province
/// whose commission already has sentiment reports is skipped, so a stopped run resumes. Deterministic
/// for a seed and a day.
/// </summary>
public sealed class ScaleSentimentSeeder(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ScaleSentimentSeeded";

    public const int Quarters = 20;

    public async Task<ScaleSentimentResult> SeedAsync(int seed, IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var bulk = UnauditedContext.For(db);
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var tree = await ScaleTree.LoadAsync(bulk, cancellationToken);
        var reporting = await bulk.SentimentReports.Select(r => r.OrganizationId).Distinct().ToListAsync(cancellationToken);
        var todo = tree.Provinces.Where(p => !reporting.Contains(p.Commission.Id)).ToList();
        if (todo.Count == 0)
        {
            return new ScaleSentimentResult(await bulk.SentimentReports.CountAsync(cancellationToken), 0, 0);
        }

        var topics = await bulk.SentimentTopics.AsNoTracking().Where(t => t.IsActive).ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);
        var lastQuarter = SentimentPeriods.Of(SentimentPeriods.Of(today, SentimentGranularity.Quarter).Start.AddDays(-1), SentimentGranularity.Quarter);
        var quarters = SentimentPeriods.Between(lastQuarter.Start.AddMonths(-3 * (Quarters - 1)), lastQuarter.End, SentimentGranularity.Quarter);
        var expected = todo.Sum(p => 1 + p.Committees.Count) * quarters.Count;
        var (added, issues) = (0, 0);
        foreach (var province in todo)
        {
#pragma warning disable CA5394 // Deterministic data for benchmarks, not security.
            var random = new Random(unchecked((seed * 613) ^ province.Commission.Id));
#pragma warning restore CA5394
            var planned = new List<SentimentSamples.PlannedReport>();
            foreach (var organization in province.Committees.Prepend(province.Commission))
            {
                planned.AddRange(quarters.Select(q => SentimentSamples.Report(random, organization.Id, SentimentReportKind.Periodic, q.Start, q.End, today, topics, now)));
            }

            issues += await WriteAsync(bulk, planned, cancellationToken);
            added += planned.Count;
            progress?.Report(new ScaleSeedProgress("Báo cáo tình hình nhân dân", added, expected));
        }

        bulk.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, tree.Central.Id, AuditAction, new { Provinces = todo.Count, Reports = added, Issues = issues }));
        await bulk.SaveChangesAsync(cancellationToken);
        return new ScaleSentimentResult(await bulk.SentimentReports.CountAsync(cancellationToken), added, issues);
    }

    /// <summary>Writes the reports, then their topic ratings and issues with the reports' ids, then the follow-ups; in one transaction.</summary>
    private static async Task<int> WriteAsync(AppDbContext bulk, List<SentimentSamples.PlannedReport> planned, CancellationToken cancellationToken)
    {
        await using var transaction = await bulk.Database.BeginTransactionAsync(cancellationToken);
        var reportIds = await InsertAsync(bulk, bulk.SentimentReports, planned.ConvertAll(p => p.Report), r => r.Id, cancellationToken);
        var ratings = new List<SentimentTopicRating>();
        var issues = new List<SentimentSamples.PlannedIssue>();
        for (var i = 0; i < planned.Count; i++)
        {
            planned[i].Report.Topics.ForEach(t => t.ReportId = reportIds[i]);
            ratings.AddRange(planned[i].Report.Topics);
            planned[i].Issues.ForEach(x => x.Issue.ReportId = reportIds[i]);
            issues.AddRange(planned[i].Issues);
        }

        await BulkInsert.InsertAsync(bulk, ratings, cancellationToken);
        var issueIds = await InsertAsync(bulk, bulk.ProminentIssues, issues.ConvertAll(x => x.Issue), i => i.Id, cancellationToken);
        var followUps = new List<IssueFollowUp>();
        for (var i = 0; i < issues.Count; i++)
        {
            issues[i].FollowUps.ForEach(f => f.IssueId = issueIds[i]);
            followUps.AddRange(issues[i].FollowUps);
        }

        await BulkInsert.InsertAsync(bulk, followUps, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return issues.Count;
    }

    /// <summary>Inserts rows in order and reads back the ids they were given, in the same order.</summary>
    private static async Task<List<long>> InsertAsync<T>(AppDbContext bulk, DbSet<T> set, List<T> rows, System.Linq.Expressions.Expression<Func<T, long>> id, CancellationToken cancellationToken)
        where T : class
    {
        var compiled = id.Compile();
        var last = await set.Select(id).OrderByDescending(x => x).Cast<long?>().FirstOrDefaultAsync(cancellationToken) ?? 0;
        await BulkInsert.InsertAsync(bulk, rows, cancellationToken);
        var ids = await set.AsNoTracking().Select(id).Where(x => x > last).OrderBy(x => x).ToListAsync(cancellationToken);
        return ids.Count == rows.Count ? ids : throw new InvalidOperationException($"Expected {rows.Count} new {typeof(T).Name} rows, found {ids.Count}.");
    }
}

/// <summary>What the sentiment seeding did: the reports now in the database, and the reports and issues it added.</summary>
public sealed record ScaleSentimentResult(int Reports, int Added, int IssuesAdded);
