using DanVan.Data;

namespace DanVan.Bench;

/// <summary>
/// One benchmark scenario: the query as the app writes it with EF, and hand-written SQL
/// candidates for the same answer, each run with one of a few realistic inputs.
/// </summary>
internal interface IScenario : IDisposable
{
    string Name { get; }

    /// <summary>The raw SQL candidates; the runner measures against the fastest.</summary>
    IReadOnlyList<SqlBaseline> Baselines { get; }

    /// <summary>What the inputs are, for the report.</summary>
    string Describe(IReadOnlyList<string> inputs);

    /// <summary>The inputs runs cycle through (search terms, subtree paths, …).</summary>
    Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken);

    Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken);

    /// <summary>The baselines' parameter values for an input, in the order their SQL names them.</summary>
    IReadOnlyList<object> BaselineArguments(string input);
}
