using System.Globalization;
using DanVan.Domain.Calendar;
using DanVan.Domain.Meetings;

namespace DanVan.Domain.Tests.Meetings;

public sealed class MeetingRecurrenceTests
{
    [Theory]
    // Weekly: the start's weekday, every week or every few weeks.
    [InlineData(RecurrenceFrequency.Weekly, "2026-01-09", 1, null, null, null, 3, "2026-01-09 2026-01-16 2026-01-23")]
    [InlineData(RecurrenceFrequency.Weekly, "2026-01-05", 2, null, null, null, 3, "2026-01-05 2026-01-19 2026-02-02")]
    // Day of the month: the start itself when it fits, else the next month; short months end it early.
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-10", 1, 10, null, null, 2, "2026-01-10 2026-02-10")]
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-10", 1, 5, null, null, 2, "2026-02-05 2026-03-05")]
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-31", 1, 31, null, null, 4, "2026-01-31 2026-02-28 2026-03-31 2026-04-30")]
    [InlineData(RecurrenceFrequency.Monthly, "2028-01-01", 1, 31, null, null, 2, "2028-01-31 2028-02-29")]
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-15", 2, 15, null, null, 3, "2026-01-15 2026-03-15 2026-05-15")]
    // The Nth or last weekday of the month.
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-01", 1, null, 1, DayOfWeek.Monday, 3, "2026-01-05 2026-02-02 2026-03-02")]
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-01", 1, null, -1, DayOfWeek.Friday, 3, "2026-01-30 2026-02-27 2026-03-27")]
    [InlineData(RecurrenceFrequency.Monthly, "2026-11-01", 1, null, 4, DayOfWeek.Thursday, 1, "2026-11-26")]
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-06", 1, null, 1, DayOfWeek.Monday, 1, "2026-02-02")]
    // Quarterly: the same month of each quarter as the start.
    [InlineData(RecurrenceFrequency.Quarterly, "2026-01-20", 1, 15, null, null, 3, "2026-04-15 2026-07-15 2026-10-15")]
    [InlineData(RecurrenceFrequency.Quarterly, "2026-03-01", 1, null, -1, DayOfWeek.Friday, 3, "2026-03-27 2026-06-26 2026-09-25")]
    public void A_series_meets_on_the_days_its_rule_gives_from_its_start(
        RecurrenceFrequency frequency, string start, int interval, int? dayOfMonth, int? ordinal, DayOfWeek? weekday, int count, string days)
    {
        var rule = new MeetingRecurrence
        {
            Frequency = frequency,
            Start = Day(start),
            Interval = interval,
            DayOfMonth = dayOfMonth,
            Ordinal = ordinal,
            Weekday = weekday,
            Count = count,
        };

        rule.Problems().ShouldBeEmpty();
        rule.Occurrences().ShouldBe(Days(days));
    }

    [Theory]
    [InlineData("2026-04-05", "2026-01-05 2026-02-05 2026-03-05 2026-04-05")]
    [InlineData("2026-04-04", "2026-01-05 2026-02-05 2026-03-05")]
    [InlineData("2026-01-05", "2026-01-05")]
    public void A_series_with_an_end_date_includes_that_day(string until, string days) =>
        new MeetingRecurrence { Frequency = RecurrenceFrequency.Monthly, Start = Day("2026-01-05"), DayOfMonth = 5, Until = Day(until) }
            .Occurrences().ShouldBe(Days(days));

    [Fact]
    public void A_series_never_schedules_more_than_sixty_meetings()
    {
        var rule = new MeetingRecurrence { Frequency = RecurrenceFrequency.Weekly, Start = Day("2026-01-09"), Until = Day("2030-12-31") };

        var days = rule.Occurrences();

        days.Count.ShouldBe(MeetingRecurrence.MaxOccurrences);
        days[^1].ShouldBe(Day("2027-02-26"));
    }

    [Theory]
    // 17/1/2026 is a Saturday; 17/2/2026 is mùng 1 Tết (off until Sunday 22/2).
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-17", 17, 3, "2026-01-19 2026-02-23 2026-03-17")]
    // 30/4 and 1/5 are holidays, then a weekend; 30/5/2026 is a Saturday.
    [InlineData(RecurrenceFrequency.Monthly, "2026-04-30", 30, 2, "2026-05-04 2026-06-01")]
    // Monday 16/2 is Tết and moves onto the next Monday's meeting: held once, and the series still has three.
    [InlineData(RecurrenceFrequency.Weekly, "2026-02-09", null, 3, "2026-02-09 2026-02-23 2026-03-02")]
    public void With_a_working_calendar_a_meeting_on_a_day_off_moves_to_the_next_working_day(
        RecurrenceFrequency frequency, string start, int? dayOfMonth, int count, string days) =>
        new MeetingRecurrence { Frequency = frequency, Start = Day(start), DayOfMonth = dayOfMonth, Count = count }
            .Occurrences(WorkingCalendar.Statutory).ShouldBe(Days(days));

    [Theory]
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-05", 1, 5, null, null, 12, null, "Hằng tháng, ngày 5, 12 lần")]
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-01", 1, null, 1, DayOfWeek.Monday, null, "2026-12-31", "Hằng tháng, thứ Hai đầu tiên, đến 31/12/2026")]
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-01", 1, null, 2, DayOfWeek.Wednesday, 6, null, "Hằng tháng, thứ Tư thứ hai, 6 lần")]
    [InlineData(RecurrenceFrequency.Monthly, "2026-01-01", 3, null, -1, DayOfWeek.Friday, 4, null, "3 tháng một lần, thứ Sáu cuối cùng, 4 lần")]
    [InlineData(RecurrenceFrequency.Weekly, "2026-01-09", 1, null, null, null, 10, null, "Hằng tuần, thứ Sáu, 10 lần")]
    [InlineData(RecurrenceFrequency.Weekly, "2026-01-04", 2, null, null, null, 10, null, "2 tuần một lần, Chủ nhật, 10 lần")]
    [InlineData(RecurrenceFrequency.Quarterly, "2026-01-20", 1, 15, null, null, 4, null, "Hằng quý, ngày 15 tháng đầu quý, 4 lần")]
    [InlineData(RecurrenceFrequency.Quarterly, "2026-02-01", 1, 10, null, null, 4, null, "Hằng quý, ngày 10 tháng giữa quý, 4 lần")]
    [InlineData(RecurrenceFrequency.Quarterly, "2026-03-01", 1, null, -1, DayOfWeek.Friday, null, "2026-12-31", "Hằng quý, thứ Sáu cuối cùng của tháng cuối quý, đến 31/12/2026")]
    public void A_series_describes_itself_in_Vietnamese(
        RecurrenceFrequency frequency, string start, int interval, int? dayOfMonth, int? ordinal, DayOfWeek? weekday, int? count, string? until, string description) =>
        new MeetingRecurrence
        {
            Frequency = frequency,
            Start = Day(start),
            Interval = interval,
            DayOfMonth = dayOfMonth,
            Ordinal = ordinal,
            Weekday = weekday,
            Count = count,
            Until = until is null ? null : Day(until),
        }.Describe().ShouldBe(description);

    [Theory]
    [InlineData(RecurrenceFrequency.Monthly, 1, 5, null, null, 0, null, "Số lần họp phải từ 1 đến 60.")]
    [InlineData(RecurrenceFrequency.Monthly, 1, 5, null, null, 61, null, "Số lần họp phải từ 1 đến 60.")]
    [InlineData(RecurrenceFrequency.Monthly, 1, 5, null, null, null, "2025-12-31", "Ngày kết thúc 31/12/2025 trước ngày bắt đầu 05/01/2026.")]
    [InlineData(RecurrenceFrequency.Monthly, 1, 5, null, null, null, null, "Chọn kết thúc sau một số lần họp hoặc đến một ngày.")]
    [InlineData(RecurrenceFrequency.Monthly, 1, 5, null, null, 3, "2026-12-31", "Chỉ chọn một cách kết thúc: sau một số lần họp hoặc đến một ngày.")]
    [InlineData(RecurrenceFrequency.Monthly, 1, 0, null, null, 3, null, "Ngày trong tháng phải từ 1 đến 31.")]
    [InlineData(RecurrenceFrequency.Monthly, 1, 32, null, null, 3, null, "Ngày trong tháng phải từ 1 đến 31.")]
    [InlineData(RecurrenceFrequency.Monthly, 1, null, 5, DayOfWeek.Monday, 3, null, "Thứ tự trong tháng phải từ 1 đến 4, hoặc -1 (cuối cùng).")]
    [InlineData(RecurrenceFrequency.Monthly, 1, null, 0, DayOfWeek.Monday, 3, null, "Thứ tự trong tháng phải từ 1 đến 4, hoặc -1 (cuối cùng).")]
    [InlineData(RecurrenceFrequency.Monthly, 1, null, -2, DayOfWeek.Monday, 3, null, "Thứ tự trong tháng phải từ 1 đến 4, hoặc -1 (cuối cùng).")]
    [InlineData(RecurrenceFrequency.Monthly, 1, null, 1, null, 3, null, "Chọn thứ trong tuần để họp.")]
    [InlineData(RecurrenceFrequency.Monthly, 1, null, null, DayOfWeek.Monday, 3, null, "Chọn thứ tự của ngày trong tháng: đầu tiên, thứ hai, thứ ba, thứ tư hoặc cuối cùng.")]
    [InlineData(RecurrenceFrequency.Quarterly, 1, null, null, null, 3, null, "Chọn ngày trong tháng hoặc thứ trong tuần để họp.")]
    [InlineData(RecurrenceFrequency.Quarterly, 1, 5, 1, DayOfWeek.Monday, 3, null, "Chỉ chọn một trong hai: ngày trong tháng hoặc thứ trong tuần.")]
    [InlineData(RecurrenceFrequency.Monthly, 0, 5, null, null, 3, null, "Khoảng cách giữa hai lần họp phải từ 1 đến 12 tháng.")]
    [InlineData(RecurrenceFrequency.Weekly, 13, null, null, null, 3, null, "Khoảng cách giữa hai lần họp phải từ 1 đến 12 tuần.")]
    [InlineData(RecurrenceFrequency.Weekly, 1, 5, null, null, 3, null, "Lịch hằng tuần họp vào thứ của ngày bắt đầu, không chọn ngày hay thứ tự trong tháng.")]
    [InlineData(RecurrenceFrequency.Weekly, 1, null, null, DayOfWeek.Friday, 3, null, "Ngày bắt đầu 05/01/2026 là thứ Hai, không phải thứ Sáu.")]
    [InlineData((RecurrenceFrequency)9, 1, 5, null, null, 3, null, "Tần suất lặp không hợp lệ.")]
    public void A_rule_that_cannot_be_scheduled_says_why_and_schedules_nothing(
        RecurrenceFrequency frequency, int interval, int? dayOfMonth, int? ordinal, DayOfWeek? weekday, int? count, string? until, string problem)
    {
        var rule = new MeetingRecurrence
        {
            Frequency = frequency,
            Start = Day("2026-01-05"),
            Interval = interval,
            DayOfMonth = dayOfMonth,
            Ordinal = ordinal,
            Weekday = weekday,
            Count = count,
            Until = until is null ? null : Day(until),
        };

        rule.Problems().ShouldBe([problem]);
        Should.Throw<InvalidOperationException>(() => rule.Occurrences()).Message.ShouldBe(problem);
        Should.Throw<InvalidOperationException>(rule.Describe);
    }

    [Fact]
    public void A_weekly_rule_may_name_the_starts_own_weekday() =>
        new MeetingRecurrence { Frequency = RecurrenceFrequency.Weekly, Start = Day("2026-01-05"), Weekday = DayOfWeek.Monday, Count = 2 }
            .Problems().ShouldBeEmpty();

    [Theory]
    [InlineData(RecurrenceFrequency.Weekly, "Hằng tuần")]
    [InlineData(RecurrenceFrequency.Monthly, "Hằng tháng")]
    [InlineData(RecurrenceFrequency.Quarterly, "Hằng quý")]
    public void Each_frequency_has_a_Vietnamese_name(RecurrenceFrequency frequency, string name) =>
        RecurrenceFrequencyNames.Of(frequency).ShouldBe(name);

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static DateOnly[] Days(string text) => [.. text.Split(' ').Select(Day)];
}
