using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests.Reporting;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026-M03", "2026-03-01", "2026-03-31", "Tháng 3 năm 2026")]
    [InlineData("2024-M02", "2024-02-01", "2024-02-29", "Tháng 2 năm 2024")]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31", "Quý I năm 2026")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31", "Quý IV năm 2026")]
    [InlineData("2026-H1", "2026-01-01", "2026-06-30", "6 tháng đầu năm 2026")]
    [InlineData("2026-H2", "2026-07-01", "2026-12-31", "6 tháng cuối năm 2026")]
    [InlineData("2026-9M", "2026-01-01", "2026-09-30", "9 tháng năm 2026")]
    [InlineData("2026", "2026-01-01", "2026-12-31", "Năm 2026")]
    [InlineData("NK2020", "2020-01-01", "2024-12-31", "Nhiệm kỳ 2020–2025")]
    public void A_key_gives_the_period_its_days_and_its_name(string key, string start, string end, string label)
    {
        ReportingPeriod.TryParse(key, out var period).ShouldBeTrue();

        period.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        period.End.ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        period.Label.ShouldBe(label);
        period.Key.ShouldBe(key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2026-M13")]
    [InlineData("2026-H3")]
    [InlineData("26-Q1")]
    [InlineData("2026-X1")]
    [InlineData("NK2021")]
    [InlineData("2026-Q1; DROP TABLE")]
    [InlineData("1800")]
    public void A_malformed_key_is_refused(string key) => ReportingPeriod.TryParse(key, out _).ShouldBeFalse();

    [Theory]
    [InlineData("2026-Q1", "2025-Q4", "2026-Q2", "2025-Q1")]
    [InlineData("2026-Q3", "2026-Q2", "2026-Q4", "2025-Q3")]
    [InlineData("2026-M01", "2025-M12", "2026-M02", "2025-M01")]
    [InlineData("2026-H1", "2025-H2", "2026-H2", "2025-H1")]
    [InlineData("2026-9M", "2025-9M", "2027-9M", "2025-9M")]
    [InlineData("2026", "2025", "2027", "2025")]
    [InlineData("NK2025", "NK2020", "NK2030", "NK2020")]
    public void Previous_next_and_same_period_last_year(string key, string previous, string next, string lastYear)
    {
        ReportingPeriod.TryParse(key, out var period).ShouldBeTrue();

        period.Previous().Key.ShouldBe(previous);
        period.Next().Key.ShouldBe(next);
        period.SameLastYear().Key.ShouldBe(lastYear);
    }

    [Theory]
    [InlineData(PeriodType.Month, "2026-11-22", "2026-M11")]
    [InlineData(PeriodType.Quarter, "2026-11-22", "2026-Q4")]
    [InlineData(PeriodType.Quarter, "2026-04-01", "2026-Q2")]
    [InlineData(PeriodType.HalfYear, "2026-06-30", "2026-H1")]
    [InlineData(PeriodType.HalfYear, "2026-07-01", "2026-H2")]
    [InlineData(PeriodType.Year, "2026-11-22", "2026")]
    [InlineData(PeriodType.Term, "2026-11-22", "NK2025")]
    [InlineData(PeriodType.Term, "2024-12-31", "NK2020")]
    public void The_period_containing_a_day(PeriodType type, string day, string key) =>
        ReportingPeriod.Containing(type, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Key.ShouldBe(key);

    [Fact]
    public void Recent_periods_run_back_from_today()
    {
        var keys = ReportingPeriod.Recent(PeriodType.Quarter, new DateOnly(2026, 2, 10), 5).Select(p => p.Key);

        keys.ShouldBe(["2026-Q1", "2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1"]);
    }

    [Fact]
    public void The_sentence_form_starts_lower_case() =>
        ReportingPeriod.Of(PeriodType.Quarter, 2026, 2).LabelInSentence.ShouldBe("quý II năm 2026");

    [Fact]
    public void Of_refuses_a_quarter_that_does_not_exist() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.Of(PeriodType.Quarter, 2026, 5));
}
