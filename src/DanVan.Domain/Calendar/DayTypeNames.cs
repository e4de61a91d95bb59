namespace DanVan.Domain.Calendar;

/// <summary>Vietnamese names of <see cref="DayType"/>, as written in legal texts.</summary>
public static class DayTypeNames
{
    /// <summary>The name of a day type.</summary>
    /// <param name="type">The day type.</param>
    /// <returns>"ngày" or "ngày làm việc".</returns>
    public static string Of(DayType type) => type switch
    {
        DayType.Calendar => "ngày",
        DayType.Working => "ngày làm việc",
        _ => type.ToString(),
    };

    /// <summary>Reads a day type as stored in data files and sent over the API: "calendar" or "working".</summary>
    /// <param name="text">The text.</param>
    /// <param name="type">The day type read.</param>
    /// <returns>Whether the text names a day type.</returns>
    public static bool TryParse(string? text, out DayType type)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "CALENDAR":
                type = DayType.Calendar;
                return true;
            case "WORKING":
                type = DayType.Working;
                return true;
            default:
                type = default;
                return false;
        }
    }
}
