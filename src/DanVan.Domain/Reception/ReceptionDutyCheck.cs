using DanVan.Domain.Organizations;

namespace DanVan.Domain.Reception;

/// <summary>
/// Whether a head met the reception duty month by month. Only days the head personally received on
/// the periodic schedule count, each day once however many sessions it had; days received when a
/// case called for it (đột xuất) are counted beside the duty, not toward it. A monthly duty counts
/// the distinct days of the month; a weekly duty counts the weeks (Monday to Sunday) that had
/// enough such days, a week belonging to the month of its Monday, and asks for every week of the
/// month. A duty with no minimum set shows the month's days without a verdict.
/// </summary>
public static class ReceptionDutyCheck
{
    /// <summary>The months from <paramref name="firstMonth"/> on for the head of one organisation.</summary>
    /// <param name="book">The duties.</param>
    /// <param name="position">The head's position.</param>
    /// <param name="level">The organisation's level.</param>
    /// <param name="validFrom">The organisation's first day; <c>null</c> for always.</param>
    /// <param name="validTo">The organisation's last day; <c>null</c> while it works.</param>
    /// <param name="records">The organisation's sessions.</param>
    /// <param name="firstMonth">Any day of the first month.</param>
    /// <param name="count">How many months.</param>
    /// <param name="today">Today in Vietnam.</param>
    /// <returns>One result per month, in order.</returns>
    public static IReadOnlyList<DutyMonth> Months(
        ReceptionDutyBook book, HeadPosition position, OrganizationLevel level, DateOnly? validFrom, DateOnly? validTo,
        IEnumerable<ReceptionRecord> records, DateOnly firstMonth, int count, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var (days, adHoc) = HeadDays(records);
        var start = new DateOnly(firstMonth.Year, firstMonth.Month, 1);
        var months = new List<DutyMonth>(count);
        for (var i = 0; i < count; i++)
        {
            var first = start.AddMonths(i);
            var last = first.AddMonths(1).AddDays(-1);
            // A month is judged only when the organisation worked all of it.
            var worked = (validFrom is null || validFrom <= first) && (validTo is null || validTo >= last);
            var duty = worked ? book.Find(position, level, first) : null;
            months.Add(Check(duty, first.Year, first.Month, days, adHoc, today));
        }

        return months;
    }

    /// <summary>One month against one duty.</summary>
    /// <param name="duty">The duty; <c>null</c> when none applies.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="records">The sessions; those outside the month (or its weeks) are ignored.</param>
    /// <param name="today">Today in Vietnam.</param>
    /// <returns>The result.</returns>
    public static DutyMonth Check(ReceptionDuty? duty, int year, int month, IEnumerable<ReceptionRecord> records, DateOnly today)
    {
        var (days, adHoc) = HeadDays(records);
        return Check(duty, year, month, days, adHoc, today);
    }

    /// <summary>The Mondays of the weeks that belong to a month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>Four or five Mondays.</returns>
    public static IReadOnlyList<DateOnly> WeeksOf(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var monday = first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
        var weeks = new List<DateOnly>(5);
        for (; monday.Month == month; monday = monday.AddDays(7))
        {
            weeks.Add(monday);
        }

        return weeks;
    }

    // The month's verdict on the periodic days, with the ad hoc days beside it.
    private static DutyMonth Check(ReceptionDuty? duty, int year, int month, HashSet<DateOnly> days, HashSet<DateOnly> adHoc, DateOnly today)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return Judge(duty, year, month, days, today) with { AdHocDays = adHoc.Count(d => d >= first && d <= last) };
    }

    private static DutyMonth Judge(ReceptionDuty? duty, int year, int month, HashSet<DateOnly> days, DateOnly today)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        if (duty is null || !duty.IsPeriodic)
        {
            return new DutyMonth(year, month, null, 0, 0, DutyStatus.NotApplicable);
        }

        if (duty.Frequency == DutyFrequency.NotSet)
        {
            var received = days.Count(d => d >= first && d <= last);
            return new DutyMonth(year, month, duty, received, 0, today < first ? DutyStatus.Upcoming : DutyStatus.Tracked);
        }

        var minimum = duty.MinimumDays ?? 1;

        if (duty.Frequency == DutyFrequency.PerMonth)
        {
            var achieved = days.Count(d => d >= first && d <= last);
            var remaining = today > last ? 0 : last.DayNumber - Max(today, first).DayNumber + 1;
            var status = achieved >= minimum ? DutyStatus.Met
                : today < first ? DutyStatus.Upcoming
                : achieved + remaining < minimum ? DutyStatus.NotMet
                : DutyStatus.InProgress;
            return new DutyMonth(year, month, duty, achieved, minimum, status);
        }

        var weeks = WeeksOf(year, month);
        var met = 0;
        var missed = false;
        foreach (var monday in weeks)
        {
            var sunday = monday.AddDays(6);
            if (days.Count(d => d >= monday && d <= sunday) >= minimum)
            {
                met++;
            }
            else if (sunday < today)
            {
                missed = true;
            }
        }

        var weekly = met == weeks.Count ? DutyStatus.Met
            : today < first ? DutyStatus.Upcoming
            : missed ? DutyStatus.NotMet
            : DutyStatus.InProgress;
        return new DutyMonth(year, month, duty, met, weeks.Count, weekly);
    }

    // The days the head received in person: on the periodic schedule, and ad hoc.
    private static (HashSet<DateOnly> Periodic, HashSet<DateOnly> AdHoc) HeadDays(IEnumerable<ReceptionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var (periodic, adHoc) = (new HashSet<DateOnly>(), new HashSet<DateOnly>());
        foreach (var record in records.Where(r => r.HeadInPerson))
        {
            (record.IsAdHoc ? adHoc : periodic).Add(record.HeldOn);
        }

        return (periodic, adHoc);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
