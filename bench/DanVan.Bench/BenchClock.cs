namespace DanVan.Bench;

/// <summary>A clock the bench sets, to run a job as it would run on another day or hour.</summary>
internal sealed class BenchClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    /// <summary>Sets the clock to a moment in Vietnam (UTC+7) on a day.</summary>
    public void Set(DateOnly day, int hour, int minute = 0) =>
        Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7));
}
