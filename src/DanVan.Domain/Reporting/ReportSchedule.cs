namespace DanVan.Domain.Reporting;

/// <summary>
/// When a form's report for a period is due and when it locks, counted in days after the period
/// ends. Times are compared as Vietnam calendar days (UTC+7): a report sent at 23:59 on the
/// deadline is on time.
/// </summary>
/// <param name="DeadlineDays">Days after the period's last day by which the report is due; may be negative when due before the period ends.</param>
/// <param name="LockAfterDays">Days after the period's last day after which the report locks; <c>null</c> for never.</param>
public readonly record struct ReportSchedule(int DeadlineDays, int? LockAfterDays)
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The last day a report for the period is on time.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The deadline day.</returns>
    public DateOnly DeadlineOf(ReportingPeriod period) => period.End.AddDays(DeadlineDays);

    /// <summary>The instant (UTC) the deadline day ends in Vietnam: a report first sent before it is on time.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The instant.</returns>
    public DateTime DeadlineEndsAtUtc(ReportingPeriod period) =>
        DateTime.SpecifyKind(DeadlineOf(period).AddDays(1).ToDateTime(TimeOnly.MinValue) - VietnamOffset, DateTimeKind.Utc);

    /// <summary>The first day the period is locked, or <c>null</c> when it never locks.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The lock day.</returns>
    public DateOnly? LocksOn(ReportingPeriod period) => LockAfterDays is { } days ? period.End.AddDays(days + 1) : null;

    /// <summary>Whether the period is locked at an instant.</summary>
    /// <param name="period">The period.</param>
    /// <param name="now">The instant, in UTC.</param>
    /// <returns>Whether changes are refused.</returns>
    public bool IsLocked(ReportingPeriod period, DateTime now) => LocksOn(period) is { } day && VietnamDay(now) >= day;

    /// <summary>Whether a report first sent at <paramref name="submittedAt"/> (UTC) was on time.</summary>
    /// <param name="period">The period.</param>
    /// <param name="submittedAt">When it was first sent, in UTC.</param>
    /// <returns>Whether it met the deadline.</returns>
    public bool IsOnTime(ReportingPeriod period, DateTime submittedAt) => VietnamDay(submittedAt) <= DeadlineOf(period);

    /// <summary>Whether the deadline has passed at an instant.</summary>
    /// <param name="period">The period.</param>
    /// <param name="now">The instant, in UTC.</param>
    /// <returns>Whether a report not yet sent is late.</returns>
    public bool IsOverdue(ReportingPeriod period, DateTime now) => VietnamDay(now) > DeadlineOf(period);

    /// <summary>The calendar day in Vietnam at a UTC instant.</summary>
    /// <param name="utc">The instant.</param>
    /// <returns>The day.</returns>
    public static DateOnly VietnamDay(DateTime utc) => DateOnly.FromDateTime(utc.Add(VietnamOffset));
}
