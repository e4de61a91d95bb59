using DanVan.Domain.Organizations;

namespace DanVan.Domain.Campaigns;

/// <summary>One organisation's recorded amount of one indicator.</summary>
public readonly record struct CampaignAmount(string OrganizationPath, long IndicatorId, double Value);

/// <summary>A row of a campaign's consolidated table: a child of the viewed organisation (or the organisation's own results) with its totals by indicator.</summary>
public sealed record CampaignTotalsRow(int? ChildId, IReadOnlyDictionary<long, double> Values);

/// <summary>
/// Consolidates a campaign's results up the tree: seen from an organisation, each amount recorded in
/// its subtree counts once, in the row of the child whose subtree recorded it (or in the
/// organisation's own row), and in the total. Amounts outside the subtree are not counted.
/// </summary>
public static class CampaignTotals
{
    /// <summary>The rows (own row first, then children by id) and the total, for the subtree rooted at <paramref name="rootPath"/>.</summary>
    public static (IReadOnlyList<CampaignTotalsRow> Rows, IReadOnlyDictionary<long, double> Total) Consolidate(string rootPath, IEnumerable<CampaignAmount> amounts)
    {
        var rows = new Dictionary<int, Dictionary<long, double>>();
        var total = new Dictionary<long, double>();
        const int own = 0;
        foreach (var amount in amounts)
        {
            if (!OrganizationPath.IsWithin(rootPath, amount.OrganizationPath))
            {
                continue;
            }

            var key = OrganizationPath.ChildUnder(rootPath, amount.OrganizationPath) ?? own;
            Add(rows.TryGetValue(key, out var row) ? row : rows[key] = [], amount.IndicatorId, amount.Value);
            Add(total, amount.IndicatorId, amount.Value);
        }

        var ordered = rows.OrderBy(r => r.Key == own ? 0 : 1).ThenBy(r => r.Key)
            .Select(r => new CampaignTotalsRow(r.Key == own ? null : r.Key, r.Value)).ToList();
        return (ordered, total);
    }

    private static void Add(Dictionary<long, double> values, long indicatorId, double value) =>
        values[indicatorId] = values.GetValueOrDefault(indicatorId) + value;
}
