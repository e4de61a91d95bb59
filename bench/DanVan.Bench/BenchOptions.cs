using DanVan.Data.Seeding;

namespace DanVan.Bench;

/// <summary>What one bench run measures, and where.</summary>
internal sealed record BenchOptions(
    DataSetScale Scale,
    string Provider,
    string? Connection,
    int Runs,
    int Warmup,
    IReadOnlyList<string> Scenarios,
    bool ShowSql,
    string? Baseline)
{
    public bool IsPostgres => Provider == "postgres";
}
