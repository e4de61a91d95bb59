namespace DanVan.Domain.Sentiment;

/// <summary>The reports of one period counted by overall assessment.</summary>
/// <param name="Bucket">The period.</param>
/// <param name="Counts">Reports per assessment; a missing assessment counts zero.</param>
public sealed record PeriodCounts(SentimentBucket Bucket, IReadOnlyDictionary<SentimentAssessment, int> Counts);

/// <summary>A period's shares and its change from the period before.</summary>
/// <param name="Bucket">The period.</param>
/// <param name="Total">Reports in the period.</param>
/// <param name="Shares">Percent of the period's reports per assessment, to one decimal (0 when there are none).</param>
/// <param name="WorryingShare">Percent assessed Có lo lắng or Bức xúc, to one decimal; <c>null</c> without reports.</param>
/// <param name="Change">Percentage points the worrying share moved since the previous period; <c>null</c> when either has no reports.</param>
public sealed record TrendPoint(SentimentBucket Bucket, int Total, IReadOnlyDictionary<SentimentAssessment, decimal> Shares, decimal? WorryingShare, decimal? Change)
{
    /// <summary>"Xấu đi", "Tốt lên", "Không đổi", or empty when there is nothing to compare.</summary>
    public string Direction => Change switch
    {
        null => string.Empty,
        > 0 => "Xấu đi",
        < 0 => "Tốt lên",
        _ => "Không đổi",
    };
}

/// <summary>
/// The trend of public sentiment over periods: what share of the reports of each period gave each
/// assessment, and how the share of worrying ones (Có lo lắng, Bức xúc) changed from the period before,
/// in percentage points. Shares are rounded half away from zero to one decimal; the change is taken
/// from the unrounded shares.
/// </summary>
public static class SentimentTrend
{
    /// <summary>The trend over periods given in order.</summary>
    /// <param name="periods">Counts per period, oldest first.</param>
    /// <returns>One point per period.</returns>
    public static IReadOnlyList<TrendPoint> Of(IReadOnlyList<PeriodCounts> periods)
    {
        var points = new List<TrendPoint>(periods.Count);
        decimal? previous = null;
        foreach (var period in periods)
        {
            var total = SentimentConcern.Ascending.Sum(a => Count(period, a));
            var shares = SentimentConcern.Ascending.ToDictionary(a => a, a => total == 0 ? 0m : Round(Count(period, a) * 100m / total));
            decimal? worrying = total == 0 ? null : SentimentConcern.Ascending.Where(SentimentConcern.IsWorrying).Sum(a => Count(period, a)) * 100m / total;
            decimal? change = worrying is { } now && previous is { } before ? Round(now - before) : null;
            points.Add(new TrendPoint(period.Bucket, total, shares, worrying is { } w ? Round(w) : null, change));
            previous = worrying;
        }

        return points;
    }

    private static int Count(PeriodCounts period, SentimentAssessment assessment) => period.Counts.GetValueOrDefault(assessment);

    private static decimal Round(decimal value) => decimal.Round(value, 1, MidpointRounding.AwayFromZero);
}
