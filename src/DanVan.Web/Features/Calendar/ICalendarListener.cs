namespace DanVan.Web.Features.Calendar;

/// <summary>Told when an administrator changes a day of the working calendar, so deadlines kept elsewhere are counted again.</summary>
public interface ICalendarListener
{
    Task CalendarChangedAsync(DateOnly day, CancellationToken cancellationToken);
}
