using DanVan.Domain.Sentiment;

namespace DanVan.Domain.Tests.Sentiment;

public sealed class SentimentTrendTests
{
    [Theory]
    [InlineData("2025-02-14", SentimentGranularity.Quarter, "2025-Q1", "Quý 1/2025", "2025-01-01", "2025-03-31")]
    [InlineData("2025-12-31", SentimentGranularity.Quarter, "2025-Q4", "Quý 4/2025", "2025-10-01", "2025-12-31")]
    [InlineData("2024-02-29", SentimentGranularity.Month, "2024-02", "Tháng 2/2024", "2024-02-01", "2024-02-29")]
    public void A_day_falls_in_its_quarter_or_month(string day, SentimentGranularity granularity, string key, string label, string start, string end) =>
        SentimentPeriods.Of(Day(day), granularity).ShouldBe(new SentimentBucket(key, label, Day(start), Day(end)));

    [Theory]
    [InlineData("2025-02-10", "2025-11-05", SentimentGranularity.Quarter, new[] { "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4" })]
    [InlineData("2025-11-30", "2026-01-01", SentimentGranularity.Month, new[] { "2025-11", "2025-12", "2026-01" })]
    [InlineData("2000-01-01", "2025-12-31", SentimentGranularity.Month, null)]
    public void The_periods_between_two_days_are_listed_in_order_and_at_most_36(string from, string to, SentimentGranularity granularity, string[]? keys)
    {
        var buckets = SentimentPeriods.Between(Day(from), Day(to), granularity);
        if (keys is null)
        {
            (buckets.Count, buckets[0].Key, buckets[^1].Key).ShouldBe((36, "2023-01", "2025-12"));
        }
        else
        {
            buckets.Select(b => b.Key).ShouldBe(keys);
        }
    }

    [Fact]
    public void The_default_range_is_the_four_quarters_ending_with_today() =>
        SentimentPeriods.LastFourQuarters(new DateOnly(2026, 5, 20)).ShouldBe((new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30)));

    public static TheoryData<int[], int[], decimal?, decimal?, decimal?, string> Trends => new()
    {
        // positive, stable, concerned, aggrieved in the previous and the current period
        { [2, 6, 2, 0], [1, 5, 3, 1], 20.0m, 40.0m, 20.0m, "Xấu đi" },
        { [0, 1, 1, 1], [1, 2, 0, 0], 66.7m, 0m, -66.7m, "Tốt lên" },
        { [1, 1, 1, 1], [2, 2, 2, 2], 50m, 50m, 0m, "Không đổi" },
        { [0, 0, 0, 0], [0, 3, 1, 0], null, 25m, null, "" },
        { [1, 2, 0, 0], [0, 0, 0, 0], 0m, null, null, "" },
        { [0, 2, 1, 0], [0, 1, 1, 1], 33.3m, 66.7m, 33.3m, "Xấu đi" },
    };

    [Theory]
    [MemberData(nameof(Trends))]
    public void The_worrying_share_and_its_change_are_taken_from_the_unrounded_shares(int[] before, int[] now, decimal? previousShare, decimal? share, decimal? change, string direction)
    {
        var points = SentimentTrend.Of([Counts("2025-Q1", before), Counts("2025-Q2", now)]);

        (points[0].WorryingShare, points[1].WorryingShare, points[1].Change, points[1].Direction).ShouldBe((previousShare, share, change, direction));
        points[0].Change.ShouldBeNull();
        points[1].Total.ShouldBe(now.Sum());
    }

    [Fact]
    public void Shares_per_assessment_are_percent_to_one_decimal_and_zero_without_reports()
    {
        var points = SentimentTrend.Of([Counts("2025-Q1", [1, 1, 1, 0]), Counts("2025-Q2", [0, 0, 0, 0])]);

        points[0].Shares[SentimentAssessment.Positive].ShouldBe(33.3m);
        points[0].Shares[SentimentAssessment.Aggrieved].ShouldBe(0m);
        points[1].Shares.Values.ShouldAllBe(s => s == 0m);
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static PeriodCounts Counts(string key, int[] counts)
    {
        var quarter = key[^1] - '0';
        var bucket = SentimentPeriods.Of(new DateOnly(2025, ((quarter - 1) * 3) + 1, 1), SentimentGranularity.Quarter);
        return new PeriodCounts(bucket, SentimentConcern.Ascending.Select((a, i) => (a, counts[i])).ToDictionary(x => x.a, x => x.Item2));
    }
}
