namespace DanVan.Domain.Meetings;

/// <summary>Vietnamese names of weekdays and of their place in a month, as a recurrence is described.</summary>
public static class WeekdayNames
{
    /// <summary>The weekday's name, in the middle of a sentence.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>"thứ Hai" … "thứ Bảy", "Chủ nhật".</returns>
    public static string Of(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "thứ Hai",
        DayOfWeek.Tuesday => "thứ Ba",
        DayOfWeek.Wednesday => "thứ Tư",
        DayOfWeek.Thursday => "thứ Năm",
        DayOfWeek.Friday => "thứ Sáu",
        DayOfWeek.Saturday => "thứ Bảy",
        _ => "Chủ nhật",
    };

    /// <summary>Which of the month's weekdays of its kind, after the weekday: "thứ Hai đầu tiên", "thứ Sáu cuối cùng".</summary>
    /// <param name="ordinal">1 to 4, or -1 for the last.</param>
    /// <returns>"đầu tiên", "thứ hai", "thứ ba", "thứ tư" or "cuối cùng".</returns>
    public static string OrdinalOf(int ordinal) => ordinal switch
    {
        1 => "đầu tiên",
        2 => "thứ hai",
        3 => "thứ ba",
        4 => "thứ tư",
        -1 => "cuối cùng",
        _ => throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "Thứ tự phải từ 1 đến 4, hoặc -1 (cuối cùng)."),
    };
}
