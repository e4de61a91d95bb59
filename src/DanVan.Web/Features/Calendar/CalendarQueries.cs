using DanVan.Data;
using DanVan.Domain.Calendar;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Calendar;

/// <summary>The public questions of the calendar: a year's days off, and when a time limit ends.</summary>
public sealed class CalendarQueries(AppDbContext db, CalendarSource source)
{
    public const int MaxDays = 3650;

    public async Task<CommandResult<IReadOnlyList<DayOffDto>>> DaysOffAsync(int? year, CancellationToken cancellationToken)
    {
        if (YearError(year) is { } error)
        {
            return CommandResult<IReadOnlyList<DayOffDto>>.Invalid("year", error);
        }

        var calendar = await source.GetAsync(db, cancellationToken);
        return CommandResult<IReadOnlyList<DayOffDto>>.Ok([.. calendar.DaysOff(year!.Value).Select(d => new DayOffDto(d.Date, d.Name, d.Source, Weekdays.Of(d.Date), LunarOf(d.Date)))]);
    }

    public async Task<CommandResult<DueDateDto>> DueAsync(string? start, int? days, string? dayType, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!DateInput.TryParse(start, out var startDate))
        {
            errors.Add("start", "Ngày bắt đầu phải có dạng dd/MM/yyyy hoặc yyyy-MM-dd.");
        }
        else if (YearError(startDate!.Value.Year) is { } yearError)
        {
            errors.Add("start", yearError);
        }

        if (days is null or < 0 or > MaxDays)
        {
            errors.Add("days", $"Số ngày phải là số nguyên từ 0 đến {MaxDays}.");
        }

        if (!DayTypeNames.TryParse(dayType, out var type))
        {
            errors.Add("dayType", "Loại ngày phải là \"calendar\" (ngày) hoặc \"working\" (ngày làm việc).");
        }

        if (errors.Any)
        {
            return errors.ToResult<DueDateDto>();
        }

        var calendar = await source.GetAsync(db, cancellationToken);
        var due = calendar.Due(startDate!.Value, days!.Value, type);
        return CommandResult<DueDateDto>.Ok(new DueDateDto(startDate.Value, days.Value, type, due, Weekdays.Of(due), due.DayNumber - startDate.Value.DayNumber));
    }

    // "1/1 Bính Ngọ": the lunar day and month, and the year's name.
    private static string LunarOf(DateOnly date)
    {
        var lunar = VietnameseLunarCalendar.FromSolar(date);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{lunar.Day}/{lunar.Month}{(lunar.IsLeapMonth ? " nhuận" : "")} {lunar.YearName}");
    }

    public static string? YearError(int? year) => year is null or < PublicHolidays.FirstYear or > PublicHolidays.LastYear
        ? $"Năm phải từ {PublicHolidays.FirstYear} đến {PublicHolidays.LastYear}."
        : null;
}
