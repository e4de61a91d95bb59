using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Data.Reporting;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The reports of the national data set (QUALITY.md): the quarterly dân vận form filled by every
/// provincial commission and commune party committee for the 20 quarters up to the last finished
/// one — about 67,000 reports and 4.3 million values nationally. Quarters before the two-tier
/// reform stand for the reports of the communes that merged into today's. Organisations that
/// already have reports on the form are skipped, so a second run adds nothing. Deterministic for a
/// given seed and day.
/// </summary>
public sealed class ScaleReportSeeder(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ScaleReportsSeeded";
    public const int Quarters = 20;
    private const int ReportsPerBatch = 2000;

    public async Task<ScaleReportResult> SeedAsync(int seed, IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var bulk = UnauditedContext.For(db);
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var form = await QuarterlyFormAsync(bulk, now, cancellationToken);
        var typeIds = form.SubmitterTypes.Select(t => t.OrganizationTypeId).ToList();
        var reporters = await bulk.Organizations.AsNoTracking()
            .Where(o => o.ValidTo == null && typeIds.Contains(o.TypeId) && (o.Level == OrganizationLevel.Province || o.Level == OrganizationLevel.Commune))
            .Where(o => !bulk.Reports.Any(r => r.OrganizationId == o.Id && r.FormId == form.Id))
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Level })
            .ToListAsync(cancellationToken);
        if (reporters.Count == 0)
        {
            return new ScaleReportResult(form.Code, await bulk.Reports.CountAsync(r => r.FormId == form.Id, cancellationToken), 0);
        }

        var latest = ReportingPeriod.Containing(PeriodType.Quarter, ReportSchedule.VietnamDay(now)).Previous();
        var periods = new List<ReportingPeriod> { latest };
        while (periods.Count < Quarters)
        {
            periods.Insert(0, periods[0].Previous());
        }

#pragma warning disable CA5394 // Deterministic figures for benchmarks, not security.
        var random = new Random(seed);
        var generator = new DemoReportValues(form);
        var slots = new IndicatorSlots(form.Indicators);
        var total = reporters.Count * periods.Count;
        var done = 0;
        long values = 0;
        await using var transaction = await bulk.Database.BeginTransactionAsync(cancellationToken);
        foreach (var batch in reporters.Chunk(Math.Max(1, ReportsPerBatch / periods.Count)))
        {
            var planned = new List<(Report Report, List<ReportValue> Values)>();
            foreach (var period in periods)
            {
                var deadline = form.Schedule.DeadlineEndsAtUtc(period);
                foreach (var organization in batch)
                {
                    var roll = random.NextDouble();
                    var isLatest = period == latest;
                    if (roll < (isLatest ? 0.10 : 0.03))
                    {
                        continue; // never sent
                    }

                    var status = !isLatest || roll >= 0.30 ? ReportStatus.Approved : roll < 0.15 ? ReportStatus.Returned : ReportStatus.Submitted;
                    var sent = random.NextDouble() < 0.12 ? deadline.AddHours(random.Next(2, 240)) : deadline.AddHours(-random.Next(2, 300));
                    var figures = generator.Generate(random, organization.Level == OrganizationLevel.Province ? 3 : 1)
                        .Where(v => v.Key.Category == 0)
                        .Select(v => new ReportValue { IndicatorId = v.Key.IndicatorId, Category = 0, Value = v.Value })
                        .ToList();
                    planned.Add((ReportFormTemplates.SentReport(form, organization.Id, period, status, sent, "Bộ dữ liệu quy mô", ReportFigures.Pack(slots, figures)), figures));
                }
            }

            await BulkInsert.InsertAsync(bulk, planned.Select(p => p.Report).ToList(), cancellationToken);
            var ids = batch.Select(o => o.Id).ToList();
            var idOf = await bulk.Reports.AsNoTracking()
                .Where(r => r.FormId == form.Id && ids.Contains(r.OrganizationId))
                .ToDictionaryAsync(r => (r.OrganizationId, r.PeriodKey), r => r.Id, cancellationToken);
            var rows = new List<ReportValue>(planned.Count * form.Indicators.Count);
            foreach (var (report, reportValues) in planned)
            {
                var id = idOf[(report.OrganizationId, report.PeriodKey)];
                foreach (var value in reportValues)
                {
                    value.ReportId = id;
                    rows.Add(value);
                }
            }

            await BulkInsert.InsertAsync(bulk, rows, cancellationToken);
            values += rows.Count;
            done += batch.Length * periods.Count;
            progress?.Report(new ScaleSeedProgress("Báo cáo", done, total));
        }
#pragma warning restore CA5394

        var count = await bulk.Reports.CountAsync(r => r.FormId == form.Id, cancellationToken);
        var central = await bulk.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);
        bulk.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, central, AuditAction,
            new { Form = form.Code, Organizations = reporters.Count, Periods = periods.Select(p => p.Key), Values = values }));
        await bulk.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ScaleReportResult(form.Code, count, values);
    }

    // The demo quarterly form when present, otherwise the same form created under the central commission.
    private static async Task<ReportForm> QuarterlyFormAsync(AppDbContext bulk, DateTime now, CancellationToken cancellationToken)
    {
        var existing = await bulk.ReportForms.AsNoTracking().Include(f => f.Indicators).Include(f => f.Rules).Include(f => f.SubmitterTypes).AsSplitQuery()
            .Where(f => f.Code == ReportFormTemplates.Quarterly && f.Status == ReportFormStatus.Published)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var central = await bulk.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);
        var typeIds = await ReportFormTemplates.SubmitterTypeIdsAsync(bulk, cancellationToken);
        var forms = ReportFormTemplates.Build(central, typeIds, now);
        bulk.ReportForms.AddRange(forms);
        bulk.ChangeTracker.DetectChanges();
        await bulk.SaveChangesAsync(cancellationToken);
        return forms[0];
    }
}

/// <summary>What the report seeding did: the form, the reports now on it, the values added.</summary>
public sealed record ScaleReportResult(string FormCode, int Reports, long ValuesAdded);
