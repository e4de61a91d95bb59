using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Data.Reporting;
using DanVan.Data.Seeding;
using DanVan.Domain.Accounts;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// <c>report-submit</c>: communes' quarterly reports of 60 values each, opened, filled and sent in
/// one <c>POST /api/v1/reports</c> to the real app on Kestrel, by several clients at once; the
/// figure is reports acknowledged per second, every one then found in the database. The baseline
/// is the same rows — the report, its 60 values and an audit row — written by plain prepared
/// inserts, one transaction per report, in the same run.
/// </summary>
internal sealed class ReportSubmitBench(BenchOptions options, DatabaseOptions database, TextWriter log)
{
    private const string UserName = "bench.submit";
    private const string Password = "Bench-Submit-2026";
    private static readonly int Clients = int.TryParse(Environment.GetEnvironmentVariable("BENCH_CLIENTS"), out var clients) ? clients : 8;

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
            await EnsureUserAsync(scope.ServiceProvider, db, cancellationToken);
        }

        var count = Math.Min(communes.Count / 2, Math.Max(40, options.Runs * 5));
        var values = codes.ToDictionary(c => c, _ => (double?)1);
        // The factory finds the web project's content root through this variable outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DANVAN_WEB", Path.Combine(BenchDataSet.RepositoryRoot(), "src", "DanVan.Web"));
        using var app = new BenchApp(database);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = UserName, password = Password }, cancellationToken);
        token.EnsureSuccessStatusCode();
        var bearer = (await token.Content.ReadFromJsonAsync<Token>(cancellationToken))!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);

        // Warm-up on the second half of the communes, then the measured run on the first half.
        await SendAsync(http, communes.Skip(communes.Count / 2).Take(Math.Min(100, count)).ToList(), period, values, cancellationToken);
        var (latencies, elapsed, failures) = await SendAsync(http, communes.Take(count).ToList(), period, values, cancellationToken);
        var perSecond = count / elapsed.TotalSeconds;

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.Reports.CountAsync(r => r.FormId == formId && r.PeriodKey == period.Key && r.Status == ReportStatus.Submitted, cancellationToken);
            var storedValues = await db.ReportValues.CountAsync(v => db.Reports.Any(r => r.Id == v.ReportId && r.FormId == formId && r.PeriodKey == period.Key), cancellationToken);
            log.WriteLine(FormattableString.Invariant($"report-submit: {count} reports of {codes.Count} values by {Clients} clients in {elapsed.TotalSeconds:0.00} s; failures {failures}; in the database afterwards: {stored} sent reports, {storedValues} values"));
            await ClearAsync(db, formId, period.Key, cancellationToken);
            var baseline = await RawInsertsAsync(db, formId, communes.Take(count).ToList(), period.Key, codes.Count, cancellationToken);
            await ClearAsync(db, formId, period.Key, cancellationToken);
            log.WriteLine(FormattableString.Invariant($"  raw inserts: {baseline:0} reports/s (report, {codes.Count} values and an audit row per transaction)"));
            latencies.Sort();
            return string.Create(CultureInfo.InvariantCulture,
                $"bench: report-submit provider={options.Provider} n={count} p50_ms={Percentile.Of(latencies, 0.5):0.00} p95_ms={Percentile.Of(latencies, 0.95):0.00} per_s={perSecond:0} baseline_per_s={baseline:0} ratio={perSecond / baseline:0.00}");
        }
    }

    private static async Task<(List<double> Latencies, TimeSpan Elapsed, int Failures)> SendAsync(
        HttpClient http, List<int> organizations, ReportingPeriod period, Dictionary<string, double?> values, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(organizations.Count);
        var failures = 0;
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < organizations.Count)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/api/v1/reports", new
                {
                    formCode = ReportFormTemplates.Quarterly,
                    organizationId = organizations[i],
                    period = period.Key,
                    values,
                    submit = true,
                }, cancellationToken);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                    if (!response.IsSuccessStatusCode)
                    {
                        failures++;
                    }
                }
            }
        }));
        return (latencies, stopwatch.Elapsed, failures);
    }

    private static async Task<double> RawInsertsAsync(AppDbContext db, int formId, List<int> organizations, string periodKey, int valueCount, CancellationToken cancellationToken)
    {
        var indicators = await db.ReportIndicators.Where(i => i.FormId == formId).OrderBy(i => i.Position).Select(i => i.Id).Take(valueCount).ToListAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        foreach (var organization in organizations)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO "Reports" ("FormId", "OrganizationId", "RollupOrganizationId", "PeriodKey", "Status", "Revision", "CreatedAt", "UpdatedAt", "FirstSubmittedAt", "SubmittedAt")
                VALUES (@form, @org, @org, @period, 1, 1, @now, @now, @now, @now) RETURNING "Id"
                """;
            Add(insert, "form", formId);
            Add(insert, "org", organization);
            Add(insert, "period", periodKey);
            Add(insert, "now", now);
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await using var values = connection.CreateCommand();
            values.Transaction = transaction;
            values.CommandText = "INSERT INTO \"ReportValues\" (\"ReportId\", \"IndicatorId\", \"Category\", \"Value\") VALUES "
                + string.Join(", ", indicators.Select((_, i) => $"(@r, @i{i}, 0, 1)"));
            Add(values, "r", id);
            for (var i = 0; i < indicators.Count; i++)
            {
                Add(values, $"i{i}", indicators[i]);
            }

            await values.ExecuteNonQueryAsync(cancellationToken);
            await using var audit = connection.CreateCommand();
            audit.Transaction = transaction;
            audit.CommandText = """
                INSERT INTO "AuditEntries" ("At", "UserName", "OrganizationId", "EntityType", "EntityId", "Action", "After")
                VALUES (@now, 'bench', @org, 'Report', @id, 'Submitted', '{}')
                """;
            Add(audit, "now", now);
            Add(audit, "org", organization);
            Add(audit, "id", id.ToString(CultureInfo.InvariantCulture));
            await audit.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return organizations.Count / stopwatch.Elapsed.TotalSeconds;
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task ClearAsync(AppDbContext db, int formId, string periodKey, CancellationToken cancellationToken)
    {
        await db.ReportValues.Where(v => db.Reports.Any(r => r.Id == v.ReportId && r.FormId == formId && r.PeriodKey == periodKey)).ExecuteDeleteAsync(cancellationToken);
        await db.ReportNarratives.Where(v => db.Reports.Any(r => r.Id == v.ReportId && r.FormId == formId && r.PeriodKey == periodKey)).ExecuteDeleteAsync(cancellationToken);
        await db.Reports.Where(r => r.FormId == formId && r.PeriodKey == periodKey).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task EnsureUserAsync(IServiceProvider services, AppDbContext db, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(UserName) is not null)
        {
            return;
        }

        var user = new AppUser { UserName = UserName, FullName = "Bench", EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        var central = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, OrganizationId = central, Role = OrganizationRole.Administrator });
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Token(string AccessToken);

    /// <summary>The web app itself, on the bench's database, without demo data.</summary>
    // Any public type of the web assembly names its entry point; the bench has a Program of its own.
    private sealed class BenchApp(DatabaseOptions database) : WebApplicationFactory<DanVan.Web.Features.Reports.ReportConsolidation>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("Database:ConnectionString", database.ConnectionString);
            builder.UseSetting("Demo:Seed", "false");
            builder.UseSetting("Auth:SignInPermitPerMinute", "100000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", Environment.GetEnvironmentVariable("BENCH_SQL") ?? "Warning");
        }
    }
}
