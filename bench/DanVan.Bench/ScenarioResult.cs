using System.Globalization;

namespace DanVan.Bench;

/// <summary>One scenario's figures, in milliseconds; ratio = p95 / baseline p95.</summary>
internal sealed record ScenarioResult(
    string Scenario,
    string Provider,
    int Runs,
    double P50,
    double P95,
    double BaselineP50,
    double BaselineP95,
    string BaselineName,
    IReadOnlyList<string> Mismatches)
{
    public double Ratio => P95 / BaselineP95;

    /// <summary>The line QUALITY.md defines, in the invariant culture.</summary>
    public string ToLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"bench: {Scenario} provider={Provider} n={Runs} p50_ms={P50:0.00} p95_ms={P95:0.00} baseline_p95_ms={BaselineP95:0.00} ratio={Ratio:0.00}");
}
