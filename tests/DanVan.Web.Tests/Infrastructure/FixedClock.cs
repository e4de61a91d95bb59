namespace DanVan.Web.Tests.Infrastructure;

/// <summary>A clock stopped at one moment, for running a job as it would run then.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    /// <summary>A moment in Vietnam (UTC+7) on a day.</summary>
    public static FixedClock At(DateOnly day, int hour, int minute = 0) =>
        new(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7)));
}
