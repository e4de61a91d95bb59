using System.Globalization;

namespace DanVan.Domain.Meetings;

/// <summary>The checks behind <see cref="MeetingRecurrence.Problems"/>, worded for the person filling in the form.</summary>
internal static class MeetingRecurrenceProblems
{
    public static IReadOnlyList<string> Of(MeetingRecurrence rule)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(rule.Frequency))
        {
            problems.Add("Tần suất lặp không hợp lệ.");
            return problems;
        }

        var unit = RecurrenceFrequencyNames.UnitOf(rule.Frequency);
        if (rule.Interval is < 1 or > MeetingRecurrence.MaxInterval)
        {
            problems.Add($"Khoảng cách giữa hai lần họp phải từ 1 đến {MeetingRecurrence.MaxInterval} {unit}.");
        }

        if (rule.Frequency == RecurrenceFrequency.Weekly)
        {
            AddWeeklyDay(rule, problems);
        }
        else
        {
            AddMonthlyDay(rule, problems);
        }

        AddEnd(rule, problems);
        return problems;
    }

    private static void AddWeeklyDay(MeetingRecurrence rule, List<string> problems)
    {
        if (rule.DayOfMonth is not null || rule.Ordinal is not null)
        {
            problems.Add("Lịch hằng tuần họp vào thứ của ngày bắt đầu, không chọn ngày hay thứ tự trong tháng.");
        }

        if (rule.Weekday is { } weekday && weekday != rule.Start.DayOfWeek)
        {
            problems.Add($"Ngày bắt đầu {Format(rule.Start)} là {WeekdayNames.Of(rule.Start.DayOfWeek)}, không phải {WeekdayNames.Of(weekday)}.");
        }
    }

    private static void AddMonthlyDay(MeetingRecurrence rule, List<string> problems)
    {
        var onWeekday = rule.Ordinal is not null || rule.Weekday is not null;
        if (rule.DayOfMonth is null && !onWeekday)
        {
            problems.Add("Chọn ngày trong tháng hoặc thứ trong tuần để họp.");
            return;
        }

        if (rule.DayOfMonth is not null && onWeekday)
        {
            problems.Add("Chỉ chọn một trong hai: ngày trong tháng hoặc thứ trong tuần.");
            return;
        }

        if (rule.DayOfMonth is < 1 or > 31)
        {
            problems.Add("Ngày trong tháng phải từ 1 đến 31.");
        }

        if (!onWeekday)
        {
            return;
        }

        if (rule.Ordinal is null)
        {
            problems.Add("Chọn thứ tự của ngày trong tháng: đầu tiên, thứ hai, thứ ba, thứ tư hoặc cuối cùng.");
        }
        else if (rule.Ordinal is not (>= 1 and <= 4 or -1))
        {
            problems.Add("Thứ tự trong tháng phải từ 1 đến 4, hoặc -1 (cuối cùng).");
        }

        if (rule.Weekday is not { } weekday)
        {
            problems.Add("Chọn thứ trong tuần để họp.");
        }
        else if (!Enum.IsDefined(weekday))
        {
            problems.Add("Thứ trong tuần không hợp lệ.");
        }
    }

    private static void AddEnd(MeetingRecurrence rule, List<string> problems)
    {
        if (rule.Count is null && rule.Until is null)
        {
            problems.Add("Chọn kết thúc sau một số lần họp hoặc đến một ngày.");
        }
        else if (rule.Count is not null && rule.Until is not null)
        {
            problems.Add("Chỉ chọn một cách kết thúc: sau một số lần họp hoặc đến một ngày.");
        }

        if (rule.Count is < 1 or > MeetingRecurrence.MaxOccurrences)
        {
            problems.Add($"Số lần họp phải từ 1 đến {MeetingRecurrence.MaxOccurrences}.");
        }

        if (rule.Until is { } until && until < rule.Start)
        {
            problems.Add($"Ngày kết thúc {Format(until)} trước ngày bắt đầu {Format(rule.Start)}.");
        }
    }

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
