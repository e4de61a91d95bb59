using System.Diagnostics;
using System.Net.Http.Json;
using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Domain.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// What the HTTP write benchmarks share: the real app on Kestrel over the bench's database, a
/// client signed in as a central administrator, and several clients sending at once.
/// </summary>
internal sealed class HttpLoad : IDisposable
{
    private const string UserName = "bench.submit";
    private const string Password = "Bench-Submit-2026";

    private readonly BenchApp _app;

    private HttpLoad(BenchApp app, HttpClient http)
    {
        _app = app;
        Http = http;
    }

    /// <summary>Clients sending at once (BENCH_CLIENTS, default 8).</summary>
    public static int Clients { get; } = int.TryParse(Environment.GetEnvironmentVariable("BENCH_CLIENTS"), out var clients) ? clients : 8;

    public HttpClient Http { get; }

    public static async Task<HttpLoad> StartAsync(IServiceProvider services, DatabaseOptions database, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            await EnsureUserAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        }

        // The factory finds the web project's content root through this variable outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DANVAN_WEB", Path.Combine(BenchDataSet.RepositoryRoot(), "src", "DanVan.Web"));
        var app = new BenchApp(database);
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        var http = new HttpClient { BaseAddress = new Uri(address) };
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = UserName, password = Password }, cancellationToken);
        token.EnsureSuccessStatusCode();
        var bearer = (await token.Content.ReadFromJsonAsync<Token>(cancellationToken))!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        return new HttpLoad(app, http);
    }

    /// <summary>A browser's client: signed in through the login form, with its cookie, as a person opens pages.</summary>
    public async Task<HttpClient> SignInAsync(CancellationToken cancellationToken)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Http.BaseAddress };
        var form = await browser.GetStringAsync("/Account/Login", cancellationToken);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var response = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = UserName,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }), cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        }

        return browser;
    }

    /// <summary>
    /// Sends <paramref name="count"/> POSTs from <see cref="Clients"/> clients at once; each request's latency, the whole time, and the failures.
    /// With <paramref name="prefer"/> each request carries that <c>Prefer</c> header (e.g. "return=minimal").
    /// </summary>
    public async Task<(List<double> Latencies, TimeSpan Elapsed, int Failures)> PostAsync(string url, int count, Func<int, object> body, CancellationToken cancellationToken, string? prefer = null)
    {
        var latencies = new List<double>(count);
        var failures = 0;
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body(i)) };
                if (prefer is not null)
                {
                    request.Headers.Add("Prefer", prefer);
                }

                using var response = await Http.SendAsync(request, cancellationToken);
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

    /// <summary>
    /// Warms the app up to its steady state: rounds of <paramref name="round"/> requests until a round
    /// leaves the just-in-time compiler nearly idle (fewer than <see cref="SettledMethods"/> methods
    /// compiled, by <see cref="System.Runtime.JitInfo"/>), at most <paramref name="limit"/> rounds.
    /// Tiered compilation recompiles hot code in the background for many seconds under load, while
    /// the clients keep both cores busy; a run measured before it settles measures the compiler as
    /// much as the app. <paramref name="reset"/>, when given, runs before each round (not counted).
    /// </summary>
    /// <returns>Each round's requests per second and the methods compiled during it.</returns>
    public async Task<IReadOnlyList<WarmUpRound>> WarmUpAsync(
        string url, int round, int limit, Func<int, object> body, CancellationToken cancellationToken, string? prefer = null, Func<Task>? reset = null)
    {
        var rounds = new List<WarmUpRound>();
        do
        {
            if (reset is not null)
            {
                await reset();
            }

            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            var offset = rounds.Count * round;
            var (_, elapsed, _) = await PostAsync(url, round, i => body(offset + i), cancellationToken, prefer);
            rounds.Add(new WarmUpRound(round / elapsed.TotalSeconds, System.Runtime.JitInfo.GetCompiledMethodCount() - before));
        }
        while (rounds[^1].Compiled >= SettledMethods && rounds.Count < limit);

        return rounds;
    }

    /// <summary>A warm-up round that compiles fewer methods than this finds the app in its steady state.</summary>
    public const int SettledMethods = 10;

    /// <summary>The warm-up's rounds as one line for the log: requests per second and methods compiled.</summary>
    public static string Describe(IReadOnlyList<WarmUpRound> rounds) =>
        $"warm-up {rounds.Count} rounds (per second / methods compiled): "
        + string.Join(", ", rounds.Select(r => FormattableString.Invariant($"{r.PerSecond:0}/{r.Compiled}")));

    /// <summary>Adds a named parameter to a hand-written baseline command.</summary>
    public static void Parameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public void Dispose()
    {
        Http.Dispose();
        _app.Dispose();
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
    /// <summary>The process's resident memory (VmRSS) in MB: the app, and the clients with it.</summary>
    public static double ResidentMegabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan("VmRSS:".Length).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return 0;
    }

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

/// <summary>One warm-up round: its requests per second and the methods the JIT compiled meanwhile.</summary>
internal readonly record struct WarmUpRound(double PerSecond, long Compiled);
