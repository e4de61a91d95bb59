using System.Diagnostics;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// <c>petition-intake</c>: petitions filed over HTTP by another system (<c>POST /api/v1/petitions/intake</c>,
/// channel Integration) to the real app on Kestrel, by several clients at once, each to a commune;
/// the figure is petitions acknowledged per second, every one then found in the database. The
/// baseline is the same rows — the petition, its sender, its first event and an audit row — written
/// by plain prepared inserts, one transaction per petition, in the same run.
/// </summary>
internal sealed class PetitionIntakeBench(BenchOptions options, DatabaseOptions database, TextWriter log)
{
    private const string Tag = "Bench intake";

    public async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        List<int> communes;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            communes = await db.Organizations.AsNoTracking()
                .Where(o => o.Level == OrganizationLevel.Commune && o.ValidTo == null && o.Type!.Code == OrganizationTypeCatalog.PartyCommittee)
                .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);
            await ClearAsync(db, cancellationToken);
        }

        var count = Math.Max(100, options.Runs * 10);
        using var load = await HttpLoad.StartAsync(services, database, cancellationToken);
        // A server in steady state: warm-up rounds until the just-in-time compiler has settled.
        var warmUp = await load.WarmUpAsync("/api/v1/petitions/intake", 500, 40, i => Petition(communes[(i * 7) % communes.Count], "khởi động"), cancellationToken);
        log.WriteLine("petition-intake: " + HttpLoad.Describe(warmUp));
        var (latencies, elapsed, failures) = await load.PostAsync("/api/v1/petitions/intake", count, i => Petition(communes[i % communes.Count], "đo"), cancellationToken);
        var perSecond = count / elapsed.TotalSeconds;

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var stored = await db.Petitions.CountAsync(p => p.Summary == Tag + " đo", cancellationToken);
            log.WriteLine(FormattableString.Invariant($"petition-intake: {count} petitions by {HttpLoad.Clients} clients in {elapsed.TotalSeconds:0.00} s; failures {failures}; in the database afterwards: {stored}"));
            await ClearAsync(db, cancellationToken);
            var baseline = await RawInsertsAsync(db, communes.Take(count).ToList(), 1, cancellationToken);
            await ClearAsync(db, cancellationToken);
            var batched = await RawInsertsAsync(db, communes.Take(count).ToList(), GroupCommitWriter<object>.MaxBatch, cancellationToken);
            await ClearAsync(db, cancellationToken);
            log.WriteLine(FormattableString.Invariant($"  raw inserts: {baseline:0} petitions/s (petition, sender, event and audit row per transaction); {batched:0}/s committing every {GroupCommitWriter<object>.MaxBatch}"));
            latencies.Sort();
            return string.Create(CultureInfo.InvariantCulture,
                $"bench: petition-intake provider={options.Provider} n={count} p50_ms={Percentile.Of(latencies, 0.5):0.00} p95_ms={Percentile.Of(latencies, 0.95):0.00} per_s={perSecond:0} baseline_per_s={baseline:0} ratio={perSecond / baseline:0.00} batched_baseline_per_s={batched:0} batched_ratio={perSecond / batched:0.00}");
        }
    }

    private static object Petition(int organizationId, string run) => new
    {
        organizationId,
        kind = "Feedback",
        field = "Environment",
        channel = "Integration",
        summary = $"{Tag} {run}",
        content = "Phản ánh gửi từ hệ thống tiếp nhận của địa phương: rác thải tồn đọng tại điểm tập kết đầu thôn.",
        petitioners = new[] { new { fullName = "Nguyễn Văn Bình", phone = "0912345678", address = "Thôn 2" } },
    };

    // The same rows by plain prepared inserts, committing every <paramref name="batch"/> petitions
    // (1: a transaction per petition; GroupCommitWriter<object>.MaxBatch: as the app's group commit does at most).
    private static async Task<double> RawInsertsAsync(AppDbContext db, List<int> organizations, int batch, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var stopwatch = Stopwatch.StartNew();
        var n = 0;
        System.Data.Common.DbTransaction? transaction = null;
        foreach (var organization in organizations)
        {
            transaction ??= await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO "Petitions" ("TrackingCode", "OrganizationId", "Kind", "Field", "Channel", "Round", "Summary", "Content", "ReceivedOn", "Status",
                    "Complexity", "IsRemoteArea", "DueOn", "DueRule", "Revision", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy")
                VALUES (@code, @org, 4, 3, 5, 1, @summary, @content, @today, 1, 0, @remote, @today, 'XLD-1', 1, @now, 'bench', @now, 'bench') RETURNING "Id"
                """;
            HttpLoad.Parameter(insert, "code", $"BNCH-{n++:D4}-{organization % 100:D2}");
            HttpLoad.Parameter(insert, "org", organization);
            HttpLoad.Parameter(insert, "summary", Tag + " thô");
            HttpLoad.Parameter(insert, "content", "Phản ánh gửi từ hệ thống tiếp nhận của địa phương: rác thải tồn đọng tại điểm tập kết đầu thôn.");
            HttpLoad.Parameter(insert, "today", today);
            HttpLoad.Parameter(insert, "remote", false);
            HttpLoad.Parameter(insert, "now", now);
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await using var rows = connection.CreateCommand();
            rows.Transaction = transaction;
            rows.CommandText = """
                INSERT INTO "Petitioners" ("PetitionId", "FullName", "Phone", "Address") VALUES (@id, 'Nguyễn Văn Bình', '0912345678', 'Thôn 2');
                INSERT INTO "PetitionEvents" ("PetitionId", "At", "UserName", "Title", "Note", "IsPublic") VALUES (@id, @now, 'bench', 'Tiếp nhận đơn', 'Hệ thống khác', @public);
                INSERT INTO "AuditEntries" ("At", "UserName", "OrganizationId", "EntityType", "EntityId", "Action", "After") VALUES (@now, 'bench', @org, 'Petition', @key, 'Registered', '{}');
                """;
            HttpLoad.Parameter(rows, "id", id);
            HttpLoad.Parameter(rows, "now", now);
            HttpLoad.Parameter(rows, "public", true);
            HttpLoad.Parameter(rows, "org", organization);
            HttpLoad.Parameter(rows, "key", id.ToString(CultureInfo.InvariantCulture));
            await rows.ExecuteNonQueryAsync(cancellationToken);
            if (n % batch == 0)
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

    private static Task<int> ClearAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Petitions.Where(p => p.Summary.StartsWith(Tag)).ExecuteDeleteAsync(cancellationToken);
}
