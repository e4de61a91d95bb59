using System.Globalization;
using DanVan.Domain.Calendar;

namespace DanVan.Domain.Meetings;

/// <summary>
/// The rule of a recurring meeting (giao ban định kỳ), so a regular briefing is scheduled once
/// instead of retyped. The series begins on <see cref="Start"/>: its first meeting is the first day
/// on or after <see cref="Start"/> that the rule gives, which is <see cref="Start"/> itself when it fits.
/// <list type="bullet">
/// <item>Weekly: on <see cref="Start"/>'s weekday, every <see cref="Interval"/> weeks.</item>
/// <item>Monthly and quarterly: in <see cref="Start"/>'s month and every <see cref="Interval"/> months
/// (quarterly: three times as many) after it, skipping <see cref="Start"/>'s month when its day has
/// already passed; on day <see cref="DayOfMonth"/>, moved back to the month's last day when the month
/// is shorter (31 gives 30/4, and 28/2 or 29/2), or on the <see cref="Ordinal"/>th
/// <see cref="Weekday"/> of the month.</item>
/// </list>
/// The series ends after <see cref="Count"/> meetings or with the last date of the rule on or before
/// <see cref="Until"/>, and never has more than <see cref="MaxOccurrences"/>.
/// </summary>
public sealed record MeetingRecurrence
{
    /// <summary>The most meetings one series schedules, however it ends.</summary>
    public const int MaxOccurrences = 60;

    /// <summary>The longest step between two meetings, in the frequency's unit.</summary>
    public const int MaxInterval = 12;

    /// <summary>How often the meeting comes round.</summary>
    public required RecurrenceFrequency Frequency { get; init; }

    /// <summary>The day the series begins; a weekly series meets on this day's weekday.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Every how many weeks, months or quarters; 1 (the default) to <see cref="MaxInterval"/>.</summary>
    public int Interval { get; init; } = 1;

    /// <summary>Monthly and quarterly: the day of the month, 1–31. Leave empty when meeting on a weekday.</summary>
    public int? DayOfMonth { get; init; }

    /// <summary>Monthly and quarterly: which <see cref="Weekday"/> of the month, 1–4, or -1 for the last.</summary>
    public int? Ordinal { get; init; }

    /// <summary>Monthly and quarterly: the weekday of <see cref="Ordinal"/>.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>How many meetings, 1 to <see cref="MaxOccurrences"/>; or give <see cref="Until"/> instead.</summary>
    public int? Count { get; init; }

    /// <summary>The last day the rule may give, inclusive; or give <see cref="Count"/> instead.</summary>
    public DateOnly? Until { get; init; }

    private int StepMonths => Frequency == RecurrenceFrequency.Quarterly ? 3 * Interval : Interval;

    /// <summary>What is wrong with the rule, in Vietnamese, one sentence per problem; empty when it can be scheduled.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Problems() => MeetingRecurrenceProblems.Of(this);

    /// <summary>
    /// The days the meetings are held, in order. With a <paramref name="calendar"/>, a meeting that
    /// falls on a day off (weekend, holiday, Tết) moves to the next working day; when it lands on or
    /// before a meeting already scheduled, the two are held once, and <see cref="Count"/> counts the
    /// meetings held. <see cref="Until"/> limits the rule's days, so a moved meeting may fall after it.
    /// </summary>
    /// <param name="calendar">The working calendar, or <c>null</c> to keep every day as the rule gives it.</param>
    /// <returns>One to <see cref="MaxOccurrences"/> days.</returns>
    /// <exception cref="InvalidOperationException">The rule has <see cref="Problems"/>.</exception>
    public IReadOnlyList<DateOnly> Occurrences(WorkingCalendar? calendar = null)
    {
        ThrowIfInvalid();
        var limit = Math.Min(Count ?? MaxOccurrences, MaxOccurrences);
        var held = new List<DateOnly>(limit);
        foreach (var date in RuleDates())
        {
            if (date > Until)
            {
                break;
            }

            var day = calendar?.OnOrNextWorkingDay(date) ?? date;
            if (held.Count > 0 && day <= held[^1])
            {
                continue;
            }

            held.Add(day);
            if (held.Count == limit)
            {
                break;
            }
        }

        return held;
    }

    /// <summary>The rule in Vietnamese: "Hằng tháng, ngày 5, 12 lần", "Hằng tuần, thứ Sáu, đến 31/12/2026", "2 tuần một lần, thứ Hai, 10 lần".</summary>
    /// <returns>The description.</returns>
    /// <exception cref="InvalidOperationException">The rule has <see cref="Problems"/>.</exception>
    public string Describe()
    {
        ThrowIfInvalid();
        var frequency = Interval == 1
            ? RecurrenceFrequencyNames.Of(Frequency)
            : $"{Interval} {RecurrenceFrequencyNames.UnitOf(Frequency)} một lần";
        var day = (Frequency, DayOfMonth) switch
        {
            (RecurrenceFrequency.Weekly, _) => WeekdayNames.Of(Start.DayOfWeek),
            (RecurrenceFrequency.Monthly, { } d) => $"ngày {d}",
            (RecurrenceFrequency.Monthly, null) => $"{WeekdayNames.Of(Weekday!.Value)} {WeekdayNames.OrdinalOf(Ordinal!.Value)}",
            (_, { } d) => $"ngày {d} {MonthOfQuarter()}",
            (_, null) => $"{WeekdayNames.Of(Weekday!.Value)} {WeekdayNames.OrdinalOf(Ordinal!.Value)} của {MonthOfQuarter()}",
        };
        var end = Count is { } count
            ? $"{count} lần"
            : $"đến {Until!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        return $"{frequency}, {day}, {end}";
    }

    // Every day the rule gives from Start on, ascending, until the calendar runs out.
    private IEnumerable<DateOnly> RuleDates()
    {
        if (Frequency == RecurrenceFrequency.Weekly)
        {
            for (var number = Start.DayNumber; number <= DateOnly.MaxValue.DayNumber; number += 7 * Interval)
            {
                yield return DateOnly.FromDayNumber(number);
            }

            yield break;
        }

        for (var month = (Start.Year * 12) + Start.Month - 1; month / 12 <= DateOnly.MaxValue.Year; month += StepMonths)
        {
            var date = DayIn(month / 12, (month % 12) + 1);
            if (date >= Start)
            {
                yield return date;
            }
        }
    }

    private DateOnly DayIn(int year, int month)
    {
        var days = DateTime.DaysInMonth(year, month);
        if (DayOfMonth is { } dayOfMonth)
        {
            return new DateOnly(year, month, Math.Min(dayOfMonth, days));
        }

        var weekday = (int)Weekday!.Value;
        if (Ordinal == -1)
        {
            var last = new DateOnly(year, month, days);
            return last.AddDays(-(((int)last.DayOfWeek - weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays(((weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (Ordinal!.Value - 1)));
    }

    private string MonthOfQuarter() => ((Start.Month - 1) % 3) switch
    {
        0 => "tháng đầu quý",
        1 => "tháng giữa quý",
        _ => "tháng cuối quý",
    };

    private void ThrowIfInvalid()
    {
        if (Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }
    }
}
