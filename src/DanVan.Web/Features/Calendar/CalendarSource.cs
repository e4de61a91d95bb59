using DanVan.Data;
using DanVan.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Calendar;

/// <summary>
/// The working calendar every deadline is counted on: the computed holidays plus the official
/// days administrators keep. Read once and kept for a minute; a change made in this process is
/// seen at once, one made by another instance within the minute.
/// </summary>
public sealed class CalendarSource(TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private Snapshot? _current;

    public async Task<WorkingCalendar> GetAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref _current) is { } current && now - current.LoadedAt < Freshness)
        {
            return current.Calendar;
        }

        var days = await db.OfficialDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(cancellationToken);
        var calendar = new WorkingCalendar(days.Select(d => d.ToAdjustment()));
        Volatile.Write(ref _current, new Snapshot(calendar, now));
        return calendar;
    }

    /// <summary>Reads the official days again on next use.</summary>
    public void Forget() => Volatile.Write(ref _current, null);

    private sealed record Snapshot(WorkingCalendar Calendar, DateTimeOffset LoadedAt);
}
