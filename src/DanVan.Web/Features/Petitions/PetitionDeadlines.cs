using DanVan.Data;
using DanVan.Data.Petitions;
using DanVan.Domain.Calendar;
using DanVan.Domain.Petitions;
using DanVan.Web.Features.Calendar;

namespace DanVan.Web.Features.Petitions;

/// <summary>The legal clock on the current working calendar, and the deadline a petition shows.</summary>
public sealed class PetitionDeadlines(AppDbContext db, CalendarSource calendar)
{
    public async Task<PetitionClock> ClockAsync(CancellationToken cancellationToken) =>
        new(LegalDeadlineRules.Book, await calendar.GetAsync(db, cancellationToken));

    /// <summary>
    /// Sets the petition's kept deadline (for the queue's order) from the clock. When an action on
    /// <paramref name="today"/> stops the clock, the last deadline stays, with whether it was met.
    /// </summary>
    public static void Refresh(Petition petition, PetitionClock clock, DateOnly today)
    {
        var deadline = clock.Current(petition.Facts());
        if (deadline is null && !PetitionStatusNames.IsOpen(petition.Status))
        {
            if (petition.HandledOn is null)
            {
                petition.HandledOn = today;
                petition.HandledOnTime = petition.DueOn is { } due ? today <= due : null;
            }

            return;
        }

        petition.DueOn = deadline?.Due;
        petition.DueRule = deadline?.Rule.Code;
    }

    public static DeadlineDto? Show(PetitionDeadline? deadline, DateOnly today) => deadline is null ? null : new DeadlineDto(
        deadline.Step, PetitionNames.Of(deadline.Step), deadline.StartedOn, deadline.Days, DayTypeNames.Of(deadline.Rule.DayType), deadline.Due,
        deadline.DaysLeft(today), deadline.StateOn(today), deadline.DescribeOn(today), deadline.Rule.Code, deadline.Rule.Citation);
}
