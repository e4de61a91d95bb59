using DanVan.Domain.Calendar;

namespace DanVan.Web.Features.Calendar;

public sealed record DayOffDto(DateOnly Date, string Name, DayOffSource Source, string Weekday, string LunarDate);

public sealed record DueDateDto(DateOnly Start, int Days, DayType DayType, DateOnly Due, string Weekday, int CalendarDays);

public sealed record OfficialDayDto(int Id, DateOnly Date, AdjustmentKind Kind, string Name, string? Basis, string Weekday);

public sealed class OfficialDayInput
{
    /// <summary>The day, as dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    /// <summary>DayOff (ngày nghỉ thêm) or WorkingDay (ngày làm việc bù).</summary>
    public AdjustmentKind? Kind { get; set; }

    public string? Name { get; set; }

    public string? Basis { get; set; }
}

/// <summary>Vietnamese day-of-week names.</summary>
public static class Weekdays
{
    public static string Of(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };
}
