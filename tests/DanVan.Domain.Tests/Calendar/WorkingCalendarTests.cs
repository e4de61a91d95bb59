using DanVan.Domain.Calendar;

namespace DanVan.Domain.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    // The Government's 2026 decisions for civil servants (LEGAL-RULES.md §4).
    private static readonly WorkingCalendar Year2026 = new(
    [
        new CalendarAdjustment(new DateOnly(2026, 1, 2), AdjustmentKind.DayOff, "Nghỉ hoán đổi dịp Tết Dương lịch"),
        new CalendarAdjustment(new DateOnly(2026, 1, 10), AdjustmentKind.WorkingDay, "Làm bù cho ngày 02/01"),
        new CalendarAdjustment(new DateOnly(2026, 8, 31), AdjustmentKind.DayOff, "Nghỉ hoán đổi dịp Quốc khánh"),
        new CalendarAdjustment(new DateOnly(2026, 8, 22), AdjustmentKind.WorkingDay, "Làm bù cho ngày 31/8"),
    ]);

    [Fact]
    public void The_days_off_of_2026_are_the_holidays_the_make_up_day_and_the_swapped_days()
    {
        var days = Year2026.DaysOff(2026).Select(d => d.Date.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        days.ShouldBe(["01/01", "02/01", "16/02", "17/02", "18/02", "19/02", "20/02", "26/04", "27/04", "30/04", "01/05", "31/08", "01/09", "02/09"]);
    }

    [Theory]
    [InlineData("2026-01-01", "Tết Dương lịch", DayOffSource.Holiday)]
    [InlineData("2026-01-02", "Nghỉ hoán đổi dịp Tết Dương lịch", DayOffSource.Official)]
    [InlineData("2026-02-16", "Tết Nguyên đán (29 tháng Chạp)", DayOffSource.Holiday)]
    [InlineData("2026-02-17", "Tết Nguyên đán (mùng 1)", DayOffSource.Holiday)]
    [InlineData("2026-04-26", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", DayOffSource.Holiday)]
    [InlineData("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", DayOffSource.InLieu)]
    [InlineData("2026-09-01", "Quốc khánh (ngày liền kề)", DayOffSource.Holiday)]
    public void Each_day_off_is_named_and_says_why(string date, string name, DayOffSource source)
    {
        var day = Year2026.DayOffOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldNotBeNull();

        day.Name.ShouldBe(name);
        day.Source.ShouldBe(source);
    }

    [Theory]
    [InlineData("2026-01-10", true)] // Saturday worked in exchange for 2 January
    [InlineData("2026-08-22", true)] // Saturday worked in exchange for 31 August
    [InlineData("2026-01-17", false)] // an ordinary Saturday
    [InlineData("2026-01-02", false)]
    [InlineData("2026-02-20", false)] // mùng 4 Tết
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-27", false)]
    [InlineData("2026-11-24", true)] // Ngày Văn hóa Việt Nam: not enacted as a day off
    public void A_day_is_worked_unless_off_and_a_swapped_Saturday_is_worked(string date, bool working) =>
        Year2026.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(working);

    [Theory]
    // Working days skip weekends and the whole Tết break.
    [InlineData("2026-02-13", 7, DayType.Working, "2026-03-03")]
    // A swapped Saturday counts as a working day.
    [InlineData("2026-08-20", 3, DayType.Working, "2026-08-24")]
    // Calendar days: the last day, Sunday 26/4 (Giỗ Tổ), then the make-up Monday, move to Tuesday (BLDS Art. 148(5)).
    [InlineData("2026-03-27", 30, DayType.Calendar, "2026-04-28")]
    // A calendar limit that ends on a worked Saturday ends that Saturday.
    [InlineData("2025-12-11", 30, DayType.Calendar, "2026-01-10")]
    [InlineData("2026-03-02", 30, DayType.Calendar, "2026-04-01")]
    // The first day is not counted (Art. 147(2)); zero days is the day itself.
    [InlineData("2026-03-02", 1, DayType.Calendar, "2026-03-03")]
    [InlineData("2026-03-04", 0, DayType.Working, "2026-03-04")]
    public void A_limit_ends_on_the_day_the_civil_code_says(string start, int days, DayType type, string due) =>
        Year2026.Due(Parse(start), days, type).ShouldBe(Parse(due));

    [Fact]
    public void Negative_days_are_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Year2026.Due(Parse("2026-03-02"), -1, DayType.Working));

    [Fact]
    public void Working_days_between_two_days_count_the_last_and_not_the_first()
    {
        Year2026.WorkingDaysBetween(Parse("2026-02-13"), Parse("2026-03-03")).ShouldBe(7);
        Year2026.WorkingDaysBetween(Parse("2026-03-03"), Parse("2026-02-13")).ShouldBe(-7);
        Year2026.WorkingDaysBetween(Parse("2026-03-03"), Parse("2026-03-03")).ShouldBe(0);
    }

    [Fact]
    public void Without_a_decision_a_year_has_its_statutory_holidays_and_make_up_days()
    {
        // 2027: Tết falls on Saturday 6/2 and 1/5 on a Saturday; nothing announced yet.
        var days = WorkingCalendar.Statutory.DaysOff(2027).ToDictionary(d => d.Date, d => d.Source);

        days.Keys.Select(d => d.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(
            ["01/01", "05/02", "06/02", "07/02", "08/02", "09/02", "10/02", "11/02", "16/04", "30/04", "01/05", "03/05", "01/09", "02/09"]);
        days[Parse("2027-02-10")].ShouldBe(DayOffSource.InLieu);
        days[Parse("2027-02-11")].ShouldBe(DayOffSource.InLieu);
        days[Parse("2027-05-03")].ShouldBe(DayOffSource.InLieu);
    }

    [Fact]
    public void When_the_second_of_September_is_a_Monday_the_adjacent_day_is_the_third() =>
        WorkingCalendar.Statutory.DaysOff(2024).Where(d => d.Date.Month == 9).Select(d => d.Date.Day).ShouldBe([2, 3]);

    [Fact]
    public void An_announced_working_day_overrides_a_computed_holiday()
    {
        // Had the Prime Minister chosen 3/9 instead of 1/9 in 2026:
        var calendar = new WorkingCalendar(
        [
            new CalendarAdjustment(Parse("2026-09-01"), AdjustmentKind.WorkingDay, "Làm việc"),
            new CalendarAdjustment(Parse("2026-09-03"), AdjustmentKind.DayOff, "Quốc khánh (ngày liền kề)"),
        ]);

        calendar.IsWorkingDay(Parse("2026-09-01")).ShouldBeTrue();
        calendar.IsWorkingDay(Parse("2026-09-03")).ShouldBeFalse();
        calendar.DaysOff(2026).Where(d => d.Date.Month == 9).Select(d => d.Date.Day).ShouldBe([2, 3]);
    }

    [Fact]
    public void An_announced_day_off_on_a_holiday_keeps_the_holiday_name()
    {
        var calendar = new WorkingCalendar([new CalendarAdjustment(Parse("2026-02-17"), AdjustmentKind.DayOff, "Nghỉ Tết")]);

        calendar.DayOffOn(Parse("2026-02-17"))!.Name.ShouldBe("Tết Nguyên đán (mùng 1)");
    }

    private static DateOnly Parse(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
