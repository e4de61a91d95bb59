using System.Diagnostics;
using DanVan.Data;

namespace DanVan.Bench;

/// <summary>
/// Checks that every SQL candidate gives EF's answer, warms up, keeps the fastest candidate as
/// the baseline, then runs EF and the baseline in turn on the same connection and inputs,
/// alternating which goes first so neither always gets the warmer cache.
/// </summary>
internal sealed class ScenarioRunner(BenchOptions options, TextWriter log)
{
    // Tiered JIT promotes hot code after a delay; a short warm-up leaves its tail in the figures.
    private static readonly TimeSpan MinimumWarmup = TimeSpan.FromSeconds(2);

    public async Task<ScenarioResult> RunAsync(IScenario scenario, AppDbContext db, CancellationToken cancellationToken)
    {
        var inputs = await scenario.InputsAsync(db, cancellationToken);
        if (inputs.Count == 0)
        {
            throw new InvalidOperationException($"{scenario.Name}: the data set gave no inputs.");
        }

        log.WriteLine($"{scenario.Name}: {scenario.Describe(inputs)}");
        var mismatches = new List<string>();
        var efAnswers = new Dictionary<string, ScenarioAnswer>();
        foreach (var input in inputs)
        {
            var ef = efAnswers[input] = await scenario.RunEfAsync(db, input, cancellationToken);
            log.WriteLine($"  {Short(input)}: {ef}");
            foreach (var candidate in scenario.Baselines)
            {
                Compare($"{candidate.Name}, {Short(input)}", ef, await candidate.RunAsync(db, scenario.BaselineArguments(input), cancellationToken), mismatches);
            }
        }

        var baseline = await WarmUpAsync(scenario, db, inputs, cancellationToken);
        var efTimes = new double[options.Runs];
        var baselineTimes = new double[options.Runs];
        for (var i = 0; i < options.Runs; i++)
        {
            var input = inputs[i % inputs.Count];
            var arguments = scenario.BaselineArguments(input);
            ScenarioAnswer ef, raw;
            // Alternate per input too: with an even number of inputs, i % 2 alone would fix each input's order.
            if ((i + (i / inputs.Count)) % 2 == 0)
            {
                (ef, efTimes[i]) = await TimeAsync(() => scenario.RunEfAsync(db, input, cancellationToken));
                (raw, baselineTimes[i]) = await TimeAsync(() => baseline.RunAsync(db, arguments, cancellationToken));
            }
            else
            {
                (raw, baselineTimes[i]) = await TimeAsync(() => baseline.RunAsync(db, arguments, cancellationToken));
                (ef, efTimes[i]) = await TimeAsync(() => scenario.RunEfAsync(db, input, cancellationToken));
            }

            Compare($"{baseline.Name}, {Short(input)}", ef, raw, mismatches);
        }

        if (scenario is IFloorScenario floor)
        {
            await MeasureFloorAsync(floor, db, inputs, efAnswers, mismatches, cancellationToken);
        }

        var result = new ScenarioResult(
            scenario.Name, options.Provider, options.Runs,
            Percentile.Of(efTimes, 0.50), Percentile.Of(efTimes, 0.95),
            Percentile.Of(baselineTimes, 0.50), Percentile.Of(baselineTimes, 0.95),
            baseline.Name, mismatches.Distinct().ToList());
        log.WriteLine(FormattableString.Invariant(
            $"  baseline \"{baseline.Name}\": p50_ms={result.BaselineP50:0.00}; max_ms={efTimes.Max():0.00} baseline_max_ms={baselineTimes.Max():0.00}"));
        if (inputs.Count <= 10)
        {
            for (var k = 0; k < inputs.Count && k < options.Runs; k++)
            {
                var runsOfInput = Enumerable.Range(0, options.Runs).Where(i => i % inputs.Count == k).ToList();
                log.WriteLine(FormattableString.Invariant(
                    $"  {Short(inputs[k])}: p50_ms={Percentile.Of(runsOfInput.ConvertAll(i => efTimes[i]), 0.5):0.00} baseline_p50_ms={Percentile.Of(runsOfInput.ConvertAll(i => baselineTimes[i]), 0.5):0.00}"));
            }
        }

        return result;
    }

    /// <summary>Runs EF and every candidate for the warm-up, and returns the candidate with the lowest mean time over its second half.</summary>
    private async Task<SqlBaseline> WarmUpAsync(IScenario scenario, AppDbContext db, IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        var candidates = scenario.Baselines;
        var times = candidates.Select(_ => new List<double>()).ToArray();
        var started = Stopwatch.StartNew();
        var iterations = 0;
        for (; iterations < options.Warmup || started.Elapsed < MinimumWarmup; iterations++)
        {
            var input = inputs[iterations % inputs.Count];
            await scenario.RunEfAsync(db, input, cancellationToken);
            for (var c = 0; c < candidates.Count; c++)
            {
                var (_, milliseconds) = await TimeAsync(() => candidates[c].RunAsync(db, scenario.BaselineArguments(input), cancellationToken));
                times[c].Add(milliseconds);
            }
        }

        var means = times.Select(t => t.Skip(t.Count / 2).Average()).ToArray();
        log.WriteLine($"  warm-up: {iterations} iterations in {started.Elapsed.TotalSeconds:0.0} s; SQL candidates (mean ms): "
            + string.Join(", ", candidates.Select((c, i) => FormattableString.Invariant($"\"{c.Name}\" {means[i]:0.000}"))));
        if (options.Baseline is null)
        {
            return candidates[Array.IndexOf(means, means.Min())];
        }

        return candidates.FirstOrDefault(c => c.Name == options.Baseline)
            ?? throw new BenchUsageException($"{scenario.Name} has no SQL candidate \"{options.Baseline}\"; it has {string.Join(", ", candidates.Select(c => $"\"{c.Name}\""))}.");
    }

    /// <summary>
    /// Times the scenario's in-memory fold alone on rows read once per input, with the same number
    /// of warm-up and measured runs as the queries, and checks it gives EF's answer too.
    /// </summary>
    private async Task MeasureFloorAsync(IFloorScenario floor, AppDbContext db, IReadOnlyList<string> inputs, Dictionary<string, ScenarioAnswer> efAnswers, List<string> mismatches, CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            await floor.LoadRowsAsync(db, input, cancellationToken);
            Compare($"floor, {Short(input)}", efAnswers[input], floor.AnswerOf(floor.Fold(input)), mismatches);
        }

        for (var i = 0; i < options.Warmup; i++)
        {
            floor.Fold(inputs[i % inputs.Count]);
        }

        var times = new double[options.Runs];
        for (var i = 0; i < options.Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            floor.Fold(inputs[i % inputs.Count]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        log.WriteLine(FormattableString.Invariant(
            $"  floor (the fold alone, rows in memory): p50_ms={Percentile.Of(times, 0.50):0.00} p95_ms={Percentile.Of(times, 0.95):0.00} max_ms={times.Max():0.00}"));
    }

    private static async Task<(ScenarioAnswer Answer, double Milliseconds)> TimeAsync(Func<Task<ScenarioAnswer>> run)
    {
        var start = Stopwatch.GetTimestamp();
        var answer = await run();
        return (answer, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    private static void Compare(string what, ScenarioAnswer ef, ScenarioAnswer raw, List<string> mismatches)
    {
        if (!ef.SameAs(raw))
        {
            mismatches.Add($"{what}: EF {ef} ≠ SQL {raw}");
        }
    }

    private static string Short(string input) => input.Length <= 24 ? input : input[..24] + "…";
}
