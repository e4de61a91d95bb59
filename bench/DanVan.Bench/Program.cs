using System.CommandLine;
using DanVan.Bench;
using DanVan.Bench.Scenarios;
using DanVan.Data;
using DanVan.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Figures go to stdout, one line per scenario; everything else goes to stderr.
var log = Console.Error;
var scale = new Option<string>("--scale") { Description = "national or province", DefaultValueFactory = _ => "national" };
scale.AcceptOnlyFromAmong("national", "province");
var provider = new Option<string>("--provider") { Description = "sqlite or postgres", DefaultValueFactory = _ => "sqlite" };
provider.AcceptOnlyFromAmong("sqlite", "postgres");
var connection = new Option<string?>("--connection") { Description = "Connection string (default: SQLite file bench/.data/danvan-SCALE.db)" };
var runs = new Option<int>("--runs") { Description = "Measured runs per scenario", DefaultValueFactory = _ => 200 };
var warmup = new Option<int>("--warmup") { Description = "Unmeasured runs first, and at least 2 s of them", DefaultValueFactory = _ => 200 };
var showSql = new Option<bool>("--show-sql") { Description = "Log the SQL EF sends (to stderr)" };
var baselineName = new Option<string?>("--baseline") { Description = "Measure against this SQL candidate instead of the fastest (for investigation)" };
var scenarioNames = new Argument<string[]>("scenario") { Description = "Scenarios to run (default: all)", Arity = ArgumentArity.ZeroOrMore };

var root = new RootCommand("DanVan benchmark: each scenario's EF query against the fastest raw SQL for the same answer")
{
    scale, provider, connection, runs, warmup, showSql, baselineName, scenarioNames,
};
root.SetAction(async (parseResult, cancellationToken) =>
{
    var options = new BenchOptions(
        parseResult.GetValue(scale) == "province" ? DataSetScale.Province : DataSetScale.National,
        parseResult.GetValue(provider)!,
        parseResult.GetValue(connection),
        Math.Max(1, parseResult.GetValue(runs)),
        Math.Max(0, parseResult.GetValue(warmup)),
        parseResult.GetValue(scenarioNames) ?? [],
        parseResult.GetValue(showSql),
        parseResult.GetValue(baselineName));
    try
    {
        return await RunAsync(options, cancellationToken);
    }
    catch (BenchUsageException e)
    {
        await log.WriteLineAsync(e.Message);
        return 2;
    }
});
return await root.Parse(args).InvokeAsync();

async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
{
    Dictionary<string, Func<IScenario>> known = new()
    {
        ["unit-search"] = () => new UnitSearchScenario(options.IsPostgres),
        ["org-subtree"] = () => new OrgSubtreeScenario(),
        ["consolidate-national"] = () => new ConsolidateNationalScenario(),
        ["consolidate-page"] = () => new ConsolidatePageScenario(),
        ["consolidate-page-national"] = () => new ConsolidatePageScenario(national: true),
        ["petition-queue-province"] = () => new PetitionQueueProvinceScenario(),
        ["calendar-province-month"] = () => new CalendarProvinceMonthScenario(options.IsPostgres),
        ["tasks-province-page"] = () => new TasksProvincePageScenario(options.IsPostgres),
        ["models-list"] = () => new ModelsListScenario(options.IsPostgres),
        ["petition-queue-national"] = () => new PetitionQueueProvinceScenario(national: true),
        ["calendar-national-month"] = () => new CalendarProvinceMonthScenario(options.IsPostgres, national: true),
        ["tasks-national-page"] = () => new TasksProvincePageScenario(options.IsPostgres, national: true),
        ["models-list-national"] = () => new ModelsListScenario(options.IsPostgres, national: true),
        ["petition-statistics"] = () => new PetitionStatisticsScenario(),
        ["reports-desk"] = () => new ReportsDeskScenario(),
        ["audit-page"] = () => new AuditPageScenario(),
    };
    const string ReportSubmit = "report-submit";
    const string PetitionIntake = "petition-intake";
    const string Export = "export-100k";
    const string ReminderRun = "reminder-run";
    const string Dashboard = "dashboard-http";
    var unknown = options.Scenarios.Where(s => !known.ContainsKey(s) && s != ReportSubmit && s != PetitionIntake && s != Export && s != ReminderRun && s != Dashboard).ToList();
    if (unknown.Count > 0)
    {
        throw new BenchUsageException($"Unknown scenario(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", known.Keys)}, {ReportSubmit}, {PetitionIntake}, {Export}, {ReminderRun}, {Dashboard}.");
    }

    var repositoryRoot = BenchDataSet.RepositoryRoot();
    var database = BenchDataSet.Database(options, repositoryRoot);
    await using var services = BenchDataSet.Services(database, repositoryRoot, options.ShowSql);
    await BenchDataSet.EnsureAsync(services, options, log, cancellationToken);

    var runner = new ScenarioRunner(options, log);
    var failed = false;
    foreach (var name in (options.Scenarios.Count > 0 ? options.Scenarios : [.. known.Keys]).Where(known.ContainsKey))
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // One open connection for both sides, as a request's scope has.
        await db.Database.OpenConnectionAsync(cancellationToken);
        using var scenario = known[name]();
        var result = await runner.RunAsync(scenario, db, cancellationToken);
        Console.WriteLine(result.ToLine());
        foreach (var mismatch in result.Mismatches)
        {
            failed = true;
            await log.WriteLineAsync($"MISMATCH {name}: {mismatch}");
        }
    }

    if (options.Scenarios.Count == 0 || options.Scenarios.Contains(ReportSubmit))
    {
        Console.WriteLine(await new ReportSubmitBench(options, database, log).RunAsync(services, cancellationToken));
    }

    if (options.Scenarios.Count == 0 || options.Scenarios.Contains(PetitionIntake))
    {
        Console.WriteLine(await new PetitionIntakeBench(options, database, log).RunAsync(services, cancellationToken));
    }

    if (options.Scenarios.Count == 0 || options.Scenarios.Contains(Export))
    {
        var line = await new ExportBench(options, database, log).RunAsync(services, cancellationToken);
        Console.WriteLine(line);
        failed |= line.EndsWith("MISMATCH", StringComparison.Ordinal);
    }

    if (options.Scenarios.Count == 0 || options.Scenarios.Contains(Dashboard))
    {
        Console.WriteLine(await new DashboardHttpBench(options, database, log).RunAsync(services, cancellationToken));
    }

    if (options.Scenarios.Count == 0 || options.Scenarios.Contains(ReminderRun))
    {
        var (lines, mismatches) = await new ReminderRunBench(options, log).RunAsync(services, cancellationToken);
        lines.ForEach(Console.WriteLine);
        foreach (var mismatch in mismatches)
        {
            failed = true;
            await log.WriteLineAsync($"MISMATCH {ReminderRun}: {mismatch}");
        }
    }

    return failed ? 1 : 0;
}
