using DanVan.Data;
using DanVan.Domain.Petitions;
using DanVan.Domain.Reporting;
using DanVan.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// When a day of the calendar changes, the open petitions whose running deadline spans that day
/// get their kept deadline counted again, so the queue's order and its overdue marks stay right.
/// </summary>
public sealed class PetitionCalendarListener(AppDbContext db, PetitionDeadlines deadlines, TimeProvider clock, ILogger<PetitionCalendarListener> logger) : ICalendarListener
{
    private const int Batch = 500;

    public async Task CalendarChangedAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var legalClock = await deadlines.ClockAsync(cancellationToken);
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        long after = 0;
        var changed = 0;
        while (true)
        {
            var petitions = await db.Petitions.Include(p => p.Extensions)
                .Where(p => p.Id > after && (p.Status == PetitionStatus.Registered || p.Status == PetitionStatus.Accepted)
                    && p.DueOn >= day && (p.AcceptedOn ?? p.ReceivedOn) <= day)
                .OrderBy(p => p.Id).Take(Batch).ToListAsync(cancellationToken);
            if (petitions.Count == 0)
            {
                break;
            }

            foreach (var petition in petitions)
            {
                var before = petition.DueOn;
                PetitionDeadlines.Refresh(petition, legalClock, today);
                changed += petition.DueOn == before ? 0 : 1;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = petitions[^1].Id;
        }

        logger.LogInformation("Calendar changed on {Day}: {Count} open petitions got a new deadline", day, changed);
    }
}
