using System.Diagnostics;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// <c>report-submit</c>: communes' quarterly reports of 60 values each, opened, filled and sent in
/// one <c>POST /api/v1/reports</c> to the real app on Kestrel, by several clients at once, as a
/// system sending figures does: with <c>Prefer: return=minimal</c>, so the answer is the receipt.
/// The figure is reports acknowledged per second, every one then found in the database; the same
/// reports are then sent again asking for the whole sheet as the answer, for the log. The baseline
/// is the same rows — the report, its 60 values and an audit row — written by plain prepared
/// inserts, one transaction per report, in the same run.
/// </summary>
internal sealed class ReportSubmitBench(BenchOptions options, DatabaseOptions database, TextWriter log)
{
    public async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var period = ReportingPeriod.Containing(PeriodType.Quarter, ReportSchedule.VietnamDay(DateTime.UtcNow));
        int formId;
        List<int> communes;
        List<string> codes;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var form = await db.ReportForms.AsNoTracking().Include(f => f.Indicators).Include(f => f.SubmitterTypes).AsSplitQuery()
                .SingleAsync(f => f.Code == ReportFormTemplates.Quarterly && f.Status == ReportFormStatus.Published, cancellationToken);
            formId = form.Id;
            codes = form.Indicators.Where(i => i.CategoryList.Count == 0).OrderBy(i => i.Position).Select(i => i.Code).Take(59).ToList();
            codes.Add("DT_TN#1");
            var types = form.SubmitterTypes.Select(t => t.OrganizationTypeId).ToList();
            communes = await db.Organizations.AsNoTracking()
                .Where(o => o.Level == OrganizationLevel.Commune && o.ValidTo == null && types.Contains(o.TypeId))
                .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);
            await ClearAsync(db, formId, period.Key, cancellationToken);
        }

        var count = Math.Min(communes.Count / 2, Math.Max(40, options.Runs * 5));
        var values = codes.ToDictionary(c => c, _ => (double?)1);
        using var load = await HttpLoad.StartAsync(services, database, cancellationToken);

        // Warm-up rounds on the second half of the communes, cleared before each, until the
        // just-in-time compiler has settled (a server in steady state); then the measured run on the first half.
        var warmUpCommunes = communes.Skip(communes.Count / 2).Take(Math.Min(500, count)).ToList();
        var warmUp = await load.WarmUpAsync(
            "/api/v1/reports", warmUpCommunes.Count, 40, i => Report(warmUpCommunes[i % warmUpCommunes.Count], period, values), cancellationToken,
            prefer: "return=minimal", reset: () => ClearAsync(services, formId, period.Key, cancellationToken));
        log.WriteLine("report-submit: " + HttpLoad.Describe(warmUp));
        await ClearAsync(services, formId, period.Key, cancellationToken);
        var (latencies, elapsed, failures) = await load.PostAsync("/api/v1/reports", count, i => Report(communes[i], period, values), cancellationToken, prefer: "return=minimal");
        var perSecond = count / elapsed.TotalSeconds;

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.Reports.CountAsync(r => r.FormId == formId && r.PeriodKey == period.Key && r.Status == ReportStatus.Submitted, cancellationToken);
            var storedValues = await db.ReportValues.CountAsync(v => db.Reports.Any(r => r.Id == v.ReportId && r.FormId == formId && r.PeriodKey == period.Key), cancellationToken);
            log.WriteLine(FormattableString.Invariant($"report-submit: {count} reports of {codes.Count} values by {HttpLoad.Clients} clients in {elapsed.TotalSeconds:0.00} s; failures {failures}; in the database afterwards: {stored} sent reports, {storedValues} values"));
            await ClearAsync(db, formId, period.Key, cancellationToken);
            var whole = await load.PostAsync("/api/v1/reports", count, i => Report(communes[i], period, values), cancellationToken);
            log.WriteLine(FormattableString.Invariant($"  answered with the whole sheet instead: {count / whole.Elapsed.TotalSeconds:0} reports/s, p95 {Percentile.Of([.. whole.Latencies.Order()], 0.95):0.00} ms, failures {whole.Failures}"));
            await ClearAsync(db, formId, period.Key, cancellationToken);
            var baseline = await RawInsertsAsync(db, formId, communes.Take(count).ToList(), period.Key, codes.Count, 1, cancellationToken);
            await ClearAsync(db, formId, period.Key, cancellationToken);
            var batched = await RawInsertsAsync(db, formId, communes.Take(count).ToList(), period.Key, codes.Count, GroupCommitWriter<object>.MaxBatch, cancellationToken);
            await ClearAsync(db, formId, period.Key, cancellationToken);
            log.WriteLine(FormattableString.Invariant($"  raw inserts: {baseline:0} reports/s (report, {codes.Count} values and an audit row per transaction); {batched:0}/s committing every {GroupCommitWriter<object>.MaxBatch}"));
            latencies.Sort();
            return string.Create(CultureInfo.InvariantCulture,
                $"bench: report-submit provider={options.Provider} n={count} p50_ms={Percentile.Of(latencies, 0.5):0.00} p95_ms={Percentile.Of(latencies, 0.95):0.00} per_s={perSecond:0} baseline_per_s={baseline:0} ratio={perSecond / baseline:0.00} batched_baseline_per_s={batched:0} batched_ratio={perSecond / batched:0.00}");
        }
    }

    private static object Report(int organizationId, ReportingPeriod period, Dictionary<string, double?> values) => new
    {
        formCode = ReportFormTemplates.Quarterly,
        organizationId,
        period = period.Key,
        values,
        submit = true,
    };

    // The same rows by plain prepared inserts, committing every <paramref name="batch"/> reports
    // (1: a transaction per report; the group commit's largest batch: as the app does at most).
    private static async Task<double> RawInsertsAsync(AppDbContext db, int formId, List<int> organizations, string periodKey, int valueCount, int batch, CancellationToken cancellationToken)
    {
        var indicators = await db.ReportIndicators.Where(i => i.FormId == formId).OrderBy(i => i.Position).Select(i => i.Id).Take(valueCount).ToListAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var n = 0;
        System.Data.Common.DbTransaction? transaction = null;
        foreach (var organization in organizations)
        {
            transaction ??= await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO "Reports" ("FormId", "OrganizationId", "RollupOrganizationId", "PeriodKey", "Status", "Revision", "CreatedAt", "UpdatedAt", "FirstSubmittedAt", "SubmittedAt")
                VALUES (@form, @org, @org, @period, 1, 1, @now, @now, @now, @now) RETURNING "Id"
                """;
            HttpLoad.Parameter(insert, "form", formId);
            HttpLoad.Parameter(insert, "org", organization);
            HttpLoad.Parameter(insert, "period", periodKey);
            HttpLoad.Parameter(insert, "now", now);
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await using var values = connection.CreateCommand();
            values.Transaction = transaction;
            values.CommandText = "INSERT INTO \"ReportValues\" (\"ReportId\", \"IndicatorId\", \"Category\", \"Value\") VALUES "
                + string.Join(", ", indicators.Select((_, i) => $"(@r, @i{i}, 0, 1)"));
            HttpLoad.Parameter(values, "r", id);
            for (var i = 0; i < indicators.Count; i++)
            {
                HttpLoad.Parameter(values, $"i{i}", indicators[i]);
            }

            await values.ExecuteNonQueryAsync(cancellationToken);
            await using var audit = connection.CreateCommand();
            audit.Transaction = transaction;
            audit.CommandText = """
                INSERT INTO "AuditEntries" ("At", "UserName", "OrganizationId", "EntityType", "EntityId", "Action", "After")
                VALUES (@now, 'bench', @org, 'Report', @id, 'Submitted', '{}')
                """;
            HttpLoad.Parameter(audit, "now", now);
            HttpLoad.Parameter(audit, "org", organization);
            HttpLoad.Parameter(audit, "id", id.ToString(CultureInfo.InvariantCulture));
            await audit.ExecuteNonQueryAsync(cancellationToken);
            if (++n % batch == 0)
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
                transaction = null;
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return organizations.Count / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task ClearAsync(IServiceProvider services, int formId, string periodKey, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await ClearAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), formId, periodKey, cancellationToken);
    }

    private static async Task ClearAsync(AppDbContext db, int formId, string periodKey, CancellationToken cancellationToken)
    {
        await db.ReportValues.Where(v => db.Reports.Any(r => r.Id == v.ReportId && r.FormId == formId && r.PeriodKey == periodKey)).ExecuteDeleteAsync(cancellationToken);
        await db.ReportNarratives.Where(v => db.Reports.Any(r => r.Id == v.ReportId && r.FormId == formId && r.PeriodKey == periodKey)).ExecuteDeleteAsync(cancellationToken);
        await db.Reports.Where(r => r.FormId == formId && r.PeriodKey == periodKey).ExecuteDeleteAsync(cancellationToken);
    }
}
