using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Xml;
using DanVan.Data;
using DanVan.Data.Petitions;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using DanVan.Domain.Petitions;
using DanVan.Web.Features.Petitions;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// <c>export-100k</c>: the national petition ledger of complaints (the central commission's subtree,
/// every status: the queue's "Tất cả" view filtered to kind "Khiếu nại", 155,000 rows in the
/// national data set), downloaded as Excel from the real app on Kestrel by a
/// signed-in central administrator, as the page's "Xuất Excel" button does. Figures: the time to the
/// first byte, rows per second, and how much the process's resident memory (the server runs in it)
/// grows above what it held before the download. The baseline is the same rows read by one
/// hand-written statement on a plain reader and written by the same streaming workbook writer to
/// nowhere, in the same run; the tracking codes of both, in order, must be the same.
/// </summary>
internal sealed class ExportBench(BenchOptions options, DatabaseOptions database, TextWriter log)
{
    private const int Target = 100_000;

    public async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (root, path, expected) = await RootAsync(services, cancellationToken);
        log.WriteLine(FormattableString.Invariant($"export-100k: the national ledger of complaints (organisation {root}, {path}), {expected:N0} petitions"));

        using var load = await HttpLoad.StartAsync(services, database, cancellationToken);
        using var browser = await load.SignInAsync(cancellationToken);
        var url = $"/Petitions?handler=Export&organizationId={root}&view=all&kind=Complaint";
        var runs = Math.Clamp(options.Runs / 50, 2, 5);

        // One unmeasured download compiles the path.
        await DownloadAsync(browser, url, cancellationToken);
        var app = new List<Download>();
        for (var i = 0; i < runs; i++)
        {
            app.Add(await DownloadAsync(browser, url, cancellationToken));
            log.WriteLine(FormattableString.Invariant(
                $"  app run {i + 1}: {app[^1].Rows:N0} rows in {app[^1].Seconds:0.00} s ({app[^1].Rows / app[^1].Seconds:0} rows/s), headers {app[^1].HeadersMs:0} ms, first byte {app[^1].FirstByteMs:0} ms, {app[^1].Bytes / 1048576.0:0.0} MB, RSS {app[^1].RssBeforeMb:0} → peak {app[^1].RssPeakMb:0} MB"));
        }

        var baseline = new List<Download>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync(cancellationToken);
            for (var i = 0; i < runs; i++)
            {
                baseline.Add(await RawAsync(db, path, cancellationToken));
                log.WriteLine(FormattableString.Invariant($"  baseline run {i + 1}: {baseline[^1].Rows:N0} rows in {baseline[^1].Seconds:0.00} s ({baseline[^1].Rows / baseline[^1].Seconds:0} rows/s)"));
            }
        }

        var same = app.All(a => a.Status == HttpStatusCode.OK && a.Rows == expected && a.Codes == baseline[0].Codes) && baseline[0].Rows == expected;
        if (!same)
        {
            log.WriteLine("MISMATCH export-100k: the download's rows or their order differ from the baseline's");
        }

        var rate = app.Max(a => a.Rows / a.Seconds);
        var baseRate = baseline.Max(b => b.Rows / b.Seconds);
        var growth = app.Max(a => a.RssPeakMb - a.RssBeforeMb);
        return string.Create(CultureInfo.InvariantCulture,
            $"bench: export-100k provider={options.Provider} n={runs} rows={expected} headers_ms={app.Max(a => a.HeadersMs):0} first_byte_ms={app.Max(a => a.FirstByteMs):0} rows_per_s={rate:0} baseline_rows_per_s={baseRate:0} ratio={rate / baseRate:0.00} rss_growth_mb={growth:0} rss_peak_mb={app.Max(a => a.RssPeakMb):0}{(same ? string.Empty : " MISMATCH")}");
    }

    private sealed record Download(HttpStatusCode Status, int Rows, double Seconds, double HeadersMs, double FirstByteMs, long Bytes, string Codes, double RssBeforeMb, double RssPeakMb);

    // The whole country's complaints: the central commission's subtree, kind Complaint.
    private static async Task<(int Id, string Path, int Petitions)> RootAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var central = await db.Organizations.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => new { o.Id, o.Path }).FirstAsync(cancellationToken);
        var count = await db.Petitions.AsNoTracking().WithinSubtree(db, central.Path, await db.Organizations.IsWholeTreeAsync(central.Path, cancellationToken)).CountAsync(p => p.Kind == PetitionKind.Complaint, cancellationToken);
        return (central.Id, central.Path, count);
    }

    private static async Task<Download> DownloadAsync(HttpClient browser, string url, CancellationToken cancellationToken)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = HttpLoad.ResidentMegabytes();
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, HttpLoad.ResidentMegabytes());
                await Task.Delay(20, CancellationToken.None);
            }
        }, CancellationToken.None);

        var started = Stopwatch.GetTimestamp();
        using var response = await browser.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var headers = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        // The first byte of the workbook, not only the headers.
        var first = new byte[1];
        var read = await body.ReadAsync(first, cancellationToken);
        var firstByte = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        // To disk, as a browser saves it: the client's copy must not count as the server's memory.
        var path = Path.GetTempFileName();
        try
        {
            long length;
            await using (var file = File.Create(path))
            {
                await file.WriteAsync(first.AsMemory(0, read), cancellationToken);
                await body.CopyToAsync(file, cancellationToken);
                length = file.Length;
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await sampling.CancelAsync();
            await sampler;
            var (rows, codes) = response.StatusCode == HttpStatusCode.OK ? Read(path) : (0, string.Empty);
            return new Download(response.StatusCode, rows, seconds, headers, firstByte, length, codes, before, Math.Max(peak, HttpLoad.ResidentMegabytes()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The rows after the header and a digest of their first cells (tracking codes), in order.
    private static (int Rows, string Codes) Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var sheet = XmlReader.Create(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var rows = -1;
        var digest = new HashCode();
        var firstCell = false;
        while (sheet.Read())
        {
            if (sheet.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (sheet.LocalName == "row")
            {
                rows++;
                firstCell = true;
            }
            else if (sheet.LocalName == "t" && firstCell)
            {
                firstCell = false;
                if (rows > 0)
                {
                    digest.Add(sheet.ReadElementContentAsString(), StringComparer.Ordinal);
                }
            }
        }

        return (rows, digest.ToHashCode().ToString(CultureInfo.InvariantCulture));
    }

    // The same rows by hand: one statement with the organisation's name and the first three senders in it.
    private async Task<Download> RawAsync(AppDbContext db, string path, CancellationToken cancellationToken)
    {
        var names = options.IsPostgres
            ? """(SELECT string_agg(f."FullName", ', ' ORDER BY f."Id") FROM (SELECT n."Id", n."FullName" FROM "Petitioners" AS n WHERE n."PetitionId" = p."Id" ORDER BY n."Id" LIMIT 3) AS f)"""
            : """(SELECT group_concat(f."FullName", ', ') FROM (SELECT n."FullName" FROM "Petitioners" AS n WHERE n."PetitionId" = p."Id" ORDER BY n."Id" LIMIT 3) AS f)""";
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""
            SELECT p."TrackingCode", p."ReceivedOn", p."Channel", p."Kind", p."Field", p."Summary", {names},
                   (SELECT COUNT(*) FROM "Petitioners" AS c WHERE c."PetitionId" = p."Id"), o."Name", p."Status", p."DueOn", p."AssignedToName"
            FROM "Petitions" AS p JOIN "Organizations" AS o ON o."Id" = p."OrganizationId"
            WHERE o."Path" >= @root AND o."Path" < @upper AND p."Kind" = 1
            ORDER BY p."DueOn" IS NULL, p."DueOn", p."Id" DESC
            """;
        HttpLoad.Parameter(command, "root", path);
        HttpLoad.Parameter(command, "upper", OrganizationPath.UpperBound(path));
        var started = Stopwatch.GetTimestamp();
        var digest = new HashCode();
        var rows = 0;
        var counter = new CountingStream();
        await ExcelExport.File("baseline.xlsx", "Sổ theo dõi đơn thư", Headers, ReadAsync(command, cancellationToken), r =>
        {
            rows++;
            digest.Add((string)r[0]!, StringComparer.Ordinal);
            return r;
        }).WriteAsync(counter, cancellationToken);
        return new Download(HttpStatusCode.OK, rows, Stopwatch.GetElapsedTime(started).TotalSeconds, 0, 0, counter.Bytes, digest.ToHashCode().ToString(CultureInfo.InvariantCulture), 0, 0);
    }

    private static readonly string[] Headers = ["Mã tra cứu", "Ngày nhận", "Nguồn đơn", "Loại đơn", "Lĩnh vực", "Trích yếu", "Người gửi", "Cơ quan xử lý", "Trạng thái", "Hạn xử lý", "Số ngày còn lại", "Người xử lý"];

    private static async IAsyncEnumerable<object?[]> ReadAsync(System.Data.Common.DbCommand command, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = DanVan.Domain.Reporting.ReportSchedule.VietnamDay(DateTime.UtcNow);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var due = reader.IsDBNull(10) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(10);
            var kind = (PetitionKind)reader.GetInt32(3);
            var status = (PetitionStatus)reader.GetInt32(9);
            var count = Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture);
            var names = reader.IsDBNull(6) ? string.Empty : reader.GetString(6);
            var open = PetitionStatusNames.IsOpen(status);
            yield return
            [
                reader.GetString(0), reader.GetFieldValue<DateOnly>(1), PetitionNames.Of((PetitionChannel)reader.GetInt32(2)), PetitionKindNames.Of(kind),
                PetitionNames.Of((PetitionField)reader.GetInt32(4)), reader.GetString(5),
                kind == PetitionKind.Denunciation ? PetitionDirectory.Masked : count > 3 ? $"{names} và {count - 3} người khác" : names,
                reader.GetString(8), PetitionStatusNames.Of(status), due,
                due is { } d && open ? d.DayNumber - today.DayNumber : null, reader.IsDBNull(11) ? null : reader.GetString(11),
            ];
        }
    }


    private sealed class CountingStream : Stream
    {
        public long Bytes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position { get => Bytes; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Bytes += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Bytes += buffer.Length;
    }
}
