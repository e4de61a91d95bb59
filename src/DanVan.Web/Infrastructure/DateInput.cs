using System.Globalization;

namespace DanVan.Web.Infrastructure;

/// <summary>Dates as Vietnamese users type them (dd/MM/yyyy) or as the browser sends them (yyyy-MM-dd).</summary>
public static class DateInput
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>The date, or <c>null</c> when the text is empty or not a date.</summary>
    public static DateOnly? ParseOrNull(string? text) => TryParse(text, out var date) ? date : null;

    public static string Show(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Show(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, VietnamTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
}
