using DanVan.Data;

namespace DanVan.Bench;

/// <summary>
/// A scenario whose baseline reads rows and then folds them in memory, as the app does. The fold
/// alone, on rows already read, is a floor that neither the app nor the baseline can go below; the
/// runner times it apart so a ratio can be split into reading and computing.
/// </summary>
internal interface IFloorScenario
{
    /// <summary>Reads an input's rows once and keeps them for <see cref="Fold"/>.</summary>
    Task LoadRowsAsync(AppDbContext db, string input, CancellationToken cancellationToken);

    /// <summary>
    /// The in-memory fold alone, on the rows <see cref="LoadRowsAsync"/> kept for the input: what the
    /// page gets, not yet reduced to an answer (reducing it is the bench's work, not the page's).
    /// </summary>
    object Fold(string input);

    /// <summary>A fold's result as the answer compared with EF's.</summary>
    ScenarioAnswer AnswerOf(object folded);
}
