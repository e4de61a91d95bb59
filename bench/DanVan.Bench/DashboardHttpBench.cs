using System.Diagnostics;
using System.Globalization;
using DanVan.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DanVan.Bench;

/// <summary>
/// <c>dashboard-http</c>: the home page a signed-in central administrator opens first (<c>/</c>:
/// the work waiting and the figures of the nation), requested by 50 clients at once from the real
/// app on Kestrel over the data set, with its cookie, as browsers would. Figures: each request's
/// latency (p50, p95), requests per second, and the process's resident memory sampled every 50 ms
/// (the server and the clients run in it). The baseline is a bare Kestrel endpoint in the same
/// process answering a page of the same size, under the same 50 clients, in the same run.
/// </summary>
internal sealed class DashboardHttpBench(BenchOptions options, DatabaseOptions database, TextWriter log)
{
    private const int Clients = 50;

    public async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var load = await HttpLoad.StartAsync(services, database, cancellationToken);
        using var browser = await load.SignInAsync(cancellationToken);
        var page = await browser.GetStringAsync("/", cancellationToken);
        var requests = Math.Max(options.Runs * 10, 1000);

        // Unmeasured rounds until the just-in-time compiler has settled (as HttpLoad.WarmUpAsync does for writes).
        for (var round = 0; round < 10; round++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await GetAsync(browser, requests / 2, cancellationToken);
            if (System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < 50)
            {
                break;
            }
        }

        var rssBefore = HttpLoad.ResidentMegabytes();
        var app = await GetAsync(browser, requests, cancellationToken);

        await using var bare = await BareAsync(page.Length, cancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(bare.Urls.First()) };
        await GetAsync(client, requests / 2, cancellationToken);
        var baseline = await GetAsync(client, requests, cancellationToken);

        var rate = requests / app.Elapsed.TotalSeconds;
        var bareRate = requests / baseline.Elapsed.TotalSeconds;
        log.WriteLine(FormattableString.Invariant(
            $"dashboard-http: {requests} requests of / ({page.Length / 1024.0:0} KB of HTML) from {Clients} clients; app {rate:0}/s, bare Kestrel {bareRate:0}/s; RSS {rssBefore:0} MB before, peak {app.RssPeakMb:0} MB; {app.Failures} failures"));
        return string.Create(CultureInfo.InvariantCulture,
            $"bench: dashboard-http provider={options.Provider} n={requests} clients={Clients} p50_ms={Percentile.Of(app.Latencies, 0.50):0.00} p95_ms={Percentile.Of(app.Latencies, 0.95):0.00} rps={rate:0} baseline_rps={bareRate:0} ratio={rate / bareRate:0.00} rss_peak_mb={app.RssPeakMb:0} failures={app.Failures}");
    }

    private sealed record Run(List<double> Latencies, TimeSpan Elapsed, int Failures, double RssPeakMb);

    /// <summary><paramref name="count"/> GETs of <c>/</c> from <see cref="Clients"/> clients at once, with the peak resident memory meanwhile.</summary>
    private static async Task<Run> GetAsync(HttpClient client, int count, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(count);
        var (failures, next, peak) = (0, -1, HttpLoad.ResidentMegabytes());
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, HttpLoad.ResidentMegabytes());
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync("/", HttpCompletionOption.ResponseContentRead, cancellationToken);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                    failures += response.IsSuccessStatusCode ? 0 : 1;
                }
            }
        }));
        var elapsed = stopwatch.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        return new Run(latencies, elapsed, failures, Math.Max(peak, HttpLoad.ResidentMegabytes()));
    }

    /// <summary>A bare Kestrel endpoint answering a fixed HTML page of <paramref name="length"/> characters.</summary>
    private static async Task<WebApplication> BareAsync(int length, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var body = "<!doctype html><html lang=\"vi\"><body>" + new string('x', Math.Max(0, length - 64)) + "</body></html>";
        app.Run(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);
        return app;
    }
}
