using DanVan.Domain.Calendar;
using DanVan.Domain.Reporting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Calendar;

/// <summary>The public calendar: a year's days off and worked Saturdays, and a calculator for when a time limit ends.</summary>
public sealed class IndexModel(CalendarQueries calendar, OfficialDays officialDays, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public string? YearError { get; private set; }

    public IReadOnlyList<DayOffDto> DaysOff { get; private set; } = [];

    public IReadOnlyList<OfficialDayDto> WorkingDays { get; private set; } = [];

    public string? Start { get; private set; }

    public int? Days { get; private set; }

    public DayType DayType { get; private set; } = DayType.Working;

    public DueDateDto? Due { get; private set; }

    public IDictionary<string, string[]> DueErrors { get; private set; } = new Dictionary<string, string[]>();

    public bool MayEdit { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(int? year, string? start, int? days, string? dayType, CancellationToken cancellationToken)
    {
        Today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        Year = year ?? Today.Year;
        var daysOff = await calendar.DaysOffAsync(Year, cancellationToken);
        if (daysOff.Status == Infrastructure.CommandStatus.Ok)
        {
            DaysOff = daysOff.Value!;
            WorkingDays = [.. (await officialDays.ListAsync(Year, cancellationToken)).Where(d => d.Kind == AdjustmentKind.WorkingDay)];
        }
        else
        {
            YearError = daysOff.Message;
            Year = Today.Year;
        }

        Start = start;
        Days = days;
        DayType = DayTypeNames.TryParse(dayType, out var type) ? type : DayType.Working;
        if (start is not null || days is not null || dayType is not null)
        {
            var due = await calendar.DueAsync(start, days, dayType ?? "working", cancellationToken);
            Due = due.Value;
            DueErrors = due.Errors;
        }

        MayEdit = User.Identity?.IsAuthenticated == true && await officialDays.MayEditAsync(cancellationToken);
    }

    public string? ErrorFor(string field) => DueErrors.TryGetValue(field, out var messages) ? messages.FirstOrDefault() : null;

    public static string SourceName(DayOffSource source) => source switch
    {
        DayOffSource.Holiday => "Ngày lễ, Tết",
        DayOffSource.InLieu => "Nghỉ bù",
        _ => "Theo thông báo",
    };
}
