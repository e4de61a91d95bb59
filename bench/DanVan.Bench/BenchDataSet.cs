using System.Diagnostics;
using DanVan.Data;
using DanVan.Data.Accounts;
using DanVan.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bench;

/// <summary>The bench's own database: built once per scale, reused by later runs.</summary>
internal static class BenchDataSet
{
    /// <summary>The configured database, or a SQLite file under bench/.data/ named for the scale.</summary>
    public static DatabaseOptions Database(BenchOptions options, string repositoryRoot)
    {
        if (options.IsPostgres)
        {
            return new DatabaseOptions
            {
                Provider = "postgres",
                ConnectionString = options.Connection ?? throw new BenchUsageException("--provider postgres needs --connection."),
            };
        }

        var file = Path.Combine(repositoryRoot, "bench", ".data", $"danvan-{options.Scale.ToString().ToLowerInvariant()}.db");
        return new DatabaseOptions { Provider = "sqlite", ConnectionString = options.Connection ?? $"Data Source={file}" };
    }

    public static ServiceProvider Services(DatabaseOptions database, string repositoryRoot, bool showSql)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.AddSimpleConsole().AddFilter(level => level >= LogLevel.Warning);
            logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            // Shown on request; otherwise hidden, as EF logs its expected failures probing a new
            // database (no migrations history yet) as errors.
            logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", showSql ? LogLevel.Information : LogLevel.None);
        });
        services.AddOptions<DemoOptions>();
        services.AddDanVanData(database, repositoryRoot);
        services.AddDanVanAccounts();
        return services.BuildServiceProvider();
    }

    /// <summary>Migrates, seeds the units and the central commission, then the scale's organisations, each only if missing.</summary>
    public static async Task EnsureAsync(IServiceProvider services, BenchOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var stopwatch = Stopwatch.StartNew();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        // The bench's database is its own: the generated admin password is of no use and is not shown.
        var report = await initializer.InitializeAsync(seedDemo: false, progress: null, cancellationToken);
        var seeder = scope.ServiceProvider.GetRequiredService<ScaleSeeder>();
        var result = await seeder.SeedAsync(new ScaleSeedRequest(options.Scale), progress: null, cancellationToken);
        var reports = await scope.ServiceProvider.GetRequiredService<ScaleReportSeeder>().SeedAsync(ScaleSeedRequest.DefaultSeed, progress: null, cancellationToken);
        var petitions = await scope.ServiceProvider.GetRequiredService<ScalePetitionSeeder>().SeedAsync(ScaleSeedRequest.DefaultSeed, progress: null, cancellationToken);
        var meetings = await ScaleSeeder.Meetings(scope.ServiceProvider).SeedAsync(ScaleSeedRequest.DefaultSeed, progress: null, cancellationToken);
        var tasks = await ScaleSeeder.Tasks(scope.ServiceProvider).SeedAsync(ScaleSeedRequest.DefaultSeed, progress: null, cancellationToken);
        var people = await ScaleSeeder.People(scope.ServiceProvider).SeedAsync(progress: null, cancellationToken);
        var models = await ScaleSeeder.Models(scope.ServiceProvider).SeedAsync(ScaleSeedRequest.DefaultSeed, progress: null, cancellationToken);
        var campaigns = await ScaleSeeder.Campaigns(scope.ServiceProvider).SeedAsync(ScaleSeedRequest.DefaultSeed, progress: null, cancellationToken);
        var sentiment = await ScaleSeeder.Sentiment(scope.ServiceProvider).SeedAsync(ScaleSeedRequest.DefaultSeed, progress: null, cancellationToken);
        var audit = await ScaleSeeder.Audit(scope.ServiceProvider).SeedAsync(ScaleSeedRequest.DefaultSeed, progress: null, cancellationToken);
        log.WriteLine(result.ProvincesSeeded == 0 && reports.ValuesAdded == 0 && petitions.Added == 0 && meetings.Added == 0 && tasks.Added == 0 && people.Added == 0 && models.Added == 0 && campaigns.Added == 0 && sentiment.Added == 0 && audit.Added == 0
            ? FormattableString.Invariant($"data set: reused ({options.Scale}, {result.ProvincesSkipped} provinces, {reports.Reports} reports, {petitions.Petitions} petitions, {meetings.Meetings} meetings, {tasks.Tasks} tasks, {people.People} people, {models.Models} models, {campaigns.Campaigns} campaigns, {sentiment.Reports} sentiment reports, {audit.Entries} audit entries)")
            : FormattableString.Invariant($"data set: built {options.Scale} in {stopwatch.Elapsed.TotalSeconds:0.0} s: {report.UnitsAdded} unit versions, {result.OrganizationsAdded} organisations in {result.ProvincesSeeded} provinces and {result.CommunesSeeded} communes, {reports.Reports} reports with {reports.ValuesAdded} values, {petitions.Added} petitions added ({petitions.Petitions} in all), {meetings.Added} meetings with {meetings.BridgePointsAdded} bridge points added ({meetings.Meetings} in all), {tasks.Added} tasks added ({tasks.Tasks} in all), {people.Added} people added ({people.People} in all), {models.Added} models with {models.RecognitionsAdded} recognitions added ({models.Models} in all), {campaigns.Added} campaigns with {campaigns.EntriesAdded} result entries added ({campaigns.Campaigns} in all), {sentiment.Added} sentiment reports added ({sentiment.Reports} in all), {audit.Added} audit entries added ({audit.Entries} in all)"));
    }

    /// <summary>The folder holding DanVan.slnx, looked for from the current directory, then from the program's.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in (string[])[Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DanVan.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
