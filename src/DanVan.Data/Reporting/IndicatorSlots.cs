namespace DanVan.Data.Reporting;

/// <summary>
/// Numbers every (indicator, category) of a form's versions 0…n−1, so consolidation keeps its
/// partials in flat arrays instead of hashing a key for each of a quarter's many values.
/// </summary>
public sealed class IndicatorSlots
{
    private readonly Dictionary<int, (int Base, int Categories)> _byIndicator = [];

    public IndicatorSlots(IEnumerable<ReportIndicator> indicators)
    {
        foreach (var indicator in indicators.OrderBy(i => i.FormId).ThenBy(i => i.Position).ThenBy(i => i.Id))
        {
            var categories = indicator.CategoryList.Count;
            _byIndicator[indicator.Id] = (Count, categories);
            Count += 1 + categories;
        }
    }

    public int Count { get; }

    /// <summary>The slot of a value, or −1 for an indicator or category the forms do not have.</summary>
    public int Of(int indicatorId, int category) =>
        _byIndicator.TryGetValue(indicatorId, out var entry) && category >= 0 && category <= entry.Categories ? entry.Base + category : -1;

    /// <summary>
    /// Where each slot of one version's own numbering (its indicators alone, as
    /// <see cref="ReportFigures"/> packs them) falls in this numbering; −1 when absent.
    /// </summary>
    public int[] Map(IEnumerable<ReportIndicator> version)
    {
        var map = new List<int>();
        foreach (var indicator in version.OrderBy(i => i.FormId).ThenBy(i => i.Position).ThenBy(i => i.Id))
        {
            for (var category = 0; category <= indicator.CategoryList.Count; category++)
            {
                map.Add(Of(indicator.Id, category));
            }
        }

        return [.. map];
    }
}
