namespace DanVan.Domain.Reporting;

/// <summary>Vietnamese names and codes of <see cref="Aggregation"/> values.</summary>
public static class AggregationNames
{
    /// <summary>The display name, e.g. "Cộng".</summary>
    /// <param name="aggregation">The aggregation.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(Aggregation aggregation) => aggregation switch
    {
        Aggregation.Sum => "Cộng",
        Aggregation.Average => "Trung bình",
        Aggregation.Min => "Nhỏ nhất",
        Aggregation.Max => "Lớn nhất",
        Aggregation.None => "Không tổng hợp",
        _ => aggregation.ToString(),
    };

    /// <summary>Parses a code ("sum", "average", "min", "max", "none") or a Vietnamese name.</summary>
    /// <param name="text">The text.</param>
    /// <param name="aggregation">The aggregation.</param>
    /// <returns>Whether it was recognised.</returns>
    public static bool TryParse(string? text, out Aggregation aggregation)
    {
        var folded = Text.VietnameseText.Fold(text);
        foreach (var candidate in Enum.GetValues<Aggregation>())
        {
            if (string.Equals(folded, candidate.ToString(), StringComparison.OrdinalIgnoreCase) || folded == Text.VietnameseText.Fold(Of(candidate)))
            {
                aggregation = candidate;
                return true;
            }
        }

        aggregation = default;
        return false;
    }
}
