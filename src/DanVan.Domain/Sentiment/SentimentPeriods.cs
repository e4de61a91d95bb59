namespace DanVan.Domain.Sentiment;

/// <summary>How a consolidation groups reports in time.</summary>
public enum SentimentGranularity
{
    /// <summary>Theo quý.</summary>
    Quarter = 1,

    /// <summary>Theo tháng.</summary>
    Month = 2,
}

/// <summary>One period of a consolidation: a quarter or a month.</summary>
/// <param name="Key">"2025-Q1" or "2025-03".</param>
/// <param name="Label">"Quý 1/2025" or "Tháng 3/2025".</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
public sealed record SentimentBucket(string Key, string Label, DateOnly Start, DateOnly End);

/// <summary>
/// The periods a consolidation shows. A report counts in the period holding the last day it covers
/// (an ad hoc report: its day), so a quarterly report falls in its quarter and in its last month.
/// </summary>
public static class SentimentPeriods
{
    /// <summary>The most periods one consolidation shows.</summary>
    public const int MaxBuckets = 36;

    /// <summary>The period holding a day.</summary>
    /// <param name="day">The day.</param>
    /// <param name="granularity">Quarters or months.</param>
    /// <returns>The bucket.</returns>
    public static SentimentBucket Of(DateOnly day, SentimentGranularity granularity)
    {
        if (granularity == SentimentGranularity.Month)
        {
            var first = new DateOnly(day.Year, day.Month, 1);
            return new SentimentBucket($"{day.Year:D4}-{day.Month:D2}", $"Tháng {day.Month}/{day.Year}", first, first.AddMonths(1).AddDays(-1));
        }

        var quarter = ((day.Month - 1) / 3) + 1;
        var start = new DateOnly(day.Year, ((quarter - 1) * 3) + 1, 1);
        return new SentimentBucket($"{day.Year:D4}-Q{quarter}", $"Quý {quarter}/{day.Year}", start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>Every period from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>, at most <see cref="MaxBuckets"/> (the latest).</summary>
    /// <param name="from">First day asked for.</param>
    /// <param name="to">Last day asked for.</param>
    /// <param name="granularity">Quarters or months.</param>
    /// <returns>The buckets in order.</returns>
    public static IReadOnlyList<SentimentBucket> Between(DateOnly from, DateOnly to, SentimentGranularity granularity)
    {
        var buckets = new List<SentimentBucket>();
        for (var bucket = Of(to, granularity); bucket.End >= from && buckets.Count < MaxBuckets; bucket = Of(bucket.Start.AddDays(-1), granularity))
        {
            buckets.Add(bucket);
        }

        buckets.Reverse();
        return buckets;
    }

    /// <summary>The default range: the four quarters ending with the one holding <paramref name="today"/>.</summary>
    /// <param name="today">Today in Vietnam.</param>
    /// <returns>First and last day.</returns>
    public static (DateOnly From, DateOnly To) LastFourQuarters(DateOnly today)
    {
        var current = Of(today, SentimentGranularity.Quarter);
        return (current.Start.AddMonths(-9), current.End);
    }
}
