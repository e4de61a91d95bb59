using System.Collections.Concurrent;

namespace DanVan.Domain.Calendar;

/// <summary>
/// The civil servants' calendar: which days are worked, and when a legal time limit ends. Days off
/// are the statutory holidays (<see cref="PublicHolidays"/>) and the Government's adjustments for
/// the year; weekends are off unless an adjustment makes a Saturday a working day. A swapped
/// Saturday counts as a working day for deadlines too (an open legal question, kept here in one
/// place).
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarAdjustment> _adjustments;
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, DayOff>> _years = new();

    /// <summary>A calendar with the Government's adjustments (any years; a later one for the same day wins).</summary>
    /// <param name="adjustments">The adjustments.</param>
    public WorkingCalendar(IEnumerable<CalendarAdjustment> adjustments)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        _adjustments = [];
        foreach (var adjustment in adjustments)
        {
            _adjustments[adjustment.Date] = adjustment;
        }
    }

    /// <summary>The statutory holidays alone, with no adjustments.</summary>
    public static WorkingCalendar Statutory { get; } = new([]);

    /// <summary>Every day off of a year in date order: holidays (on whatever weekday they fall), make-up days and extra official days off, less those the Government made working days. Ordinary weekends are not listed.</summary>
    /// <param name="year">The solar year.</param>
    /// <returns>The days off.</returns>
    public IReadOnlyList<DayOff> DaysOff(int year) => [.. DaysOffOf(year).Values.OrderBy(d => d.Date)];

    /// <summary>The named day off on a date, if any (not an ordinary weekend).</summary>
    /// <param name="date">The day.</param>
    /// <returns>The day off, or <c>null</c>.</returns>
    public DayOff? DayOffOn(DateOnly date) => DaysOffOf(date.Year).GetValueOrDefault(date);

    /// <summary>Whether civil servants work on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether it is a working day.</returns>
    public bool IsWorkingDay(DateOnly date)
    {
        if (_adjustments.TryGetValue(date, out var adjustment))
        {
            return adjustment.Kind == AdjustmentKind.WorkingDay;
        }

        return !PublicHolidays.IsWeekend(date) && !DaysOffOf(date.Year).ContainsKey(date);
    }

    /// <summary>The day itself when it is worked, otherwise the next working day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>A working day.</returns>
    public DateOnly OnOrNextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// The last day of a time limit of <paramref name="days"/> days that starts on
    /// <paramref name="start"/> (the day of the event, which is not counted: Bộ luật Dân sự 2015,
    /// Art. 147(2)). Working days count only working days. Calendar days count every day, and a
    /// limit whose last day is off ends on the next working day (Art. 148(5)). The limit ends at
    /// the end of that day (Art. 148(1)).
    /// </summary>
    /// <param name="start">The day the limit starts from.</param>
    /// <param name="days">The number of days, zero or more.</param>
    /// <param name="type">Calendar or working days.</param>
    /// <returns>The last day of the limit.</returns>
    public DateOnly Due(DateOnly start, int days, DayType type)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (type == DayType.Calendar)
        {
            return OnOrNextWorkingDay(start.AddDays(days));
        }

        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    /// <param name="from">The first day, not counted.</param>
    /// <param name="to">The last day, counted.</param>
    /// <returns>The number of working days.</returns>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var (first, last, sign) = from <= to ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var date = first.AddDays(1); date <= last; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return sign * count;
    }

    private IReadOnlyDictionary<DateOnly, DayOff> DaysOffOf(int year) => _years.GetOrAdd(year, y =>
    {
        var days = new Dictionary<DateOnly, DayOff>();
        if (y is >= PublicHolidays.FirstYear and <= PublicHolidays.LastYear)
        {
            foreach (var day in PublicHolidays.Of(y))
            {
                days.TryAdd(day.Date, day);
            }
        }

        foreach (var adjustment in _adjustments.Values.Where(a => a.Date.Year == y))
        {
            if (adjustment.Kind == AdjustmentKind.DayOff)
            {
                days.TryAdd(adjustment.Date, new DayOff(adjustment.Date, adjustment.Name, DayOffSource.Official));
            }
            else
            {
                days.Remove(adjustment.Date);
            }
        }

        return days;
    });
}
