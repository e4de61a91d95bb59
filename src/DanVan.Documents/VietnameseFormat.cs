using System.Globalization;

namespace DanVan.Documents;

/// <summary>
/// Numbers and dates as Vietnamese documents write them: "." between thousands, "," before decimals
/// (1.234,5), whatever the server's culture.
/// </summary>
public static class VietnameseFormat
{
    private const int MaxDecimals = 10;

    /// <summary>Formats a number, rounded half away from zero, without trailing zeros: 1234567.5 gives "1.234.567,5".</summary>
    /// <param name="value">A finite number.</param>
    /// <param name="maxDecimals">The most decimals to keep, 0 to 10.</param>
    /// <returns>The formatted number.</returns>
    public static string Number(double value, int maxDecimals = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDecimals, MaxDecimals);
        return Format(value, maxDecimals == 0 ? "#,##0" : "#,##0." + new string('#', maxDecimals), maxDecimals);
    }

    /// <summary>Formats a percentage with a fixed number of decimals: 12.5 gives "12,5%".</summary>
    /// <param name="value">The value already in percent (12.5 means 12,5%).</param>
    /// <param name="decimals">Decimals always shown, 0 to 10, so a column of percentages lines up.</param>
    /// <returns>The formatted percentage.</returns>
    public static string Percent(double value, int decimals = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        return Format(value, decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals), decimals) + "%";
    }

    /// <summary>The place-and-date line: "Vinh, ngày 05 tháng 02 năm 2026". Days below 10 and months 1–2 get a leading zero.</summary>
    /// <param name="place">Địa danh; when empty the line starts with "Ngày".</param>
    /// <param name="date">The date.</param>
    /// <returns>The line.</returns>
    public static string LongDate(string place, DateOnly date)
    {
        var month = date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var trimmed = place?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? $"Ngày {day} tháng {month} năm {year}"
            : $"{trimmed}, ngày {day} tháng {month} năm {year}";
    }

    /// <summary>
    /// Reads a number written the Vietnamese way: "1.234.567,5", "1234567,5", "-2,5". Dots must group
    /// thousands exactly; "1,234.5" and "1.5" are refused rather than guessed.
    /// </summary>
    /// <param name="text">The text, surrounding spaces allowed.</param>
    /// <param name="value">The number read, or 0.</param>
    /// <returns>Whether the text was a number.</returns>
    public static bool TryParseNumber(string? text, out double value)
    {
        value = 0;
        var s = (text ?? string.Empty).Trim();
        var start = s.Length > 0 && s[0] is '-' or '+' or '\u2212' ? 1 : 0;
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        var whole = comma < 0 ? s[start..] : s[start..comma];
        var fraction = comma < 0 ? string.Empty : s[(comma + 1)..];
        if (!IsWholePart(whole) || (comma >= 0 && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit))))
        {
            return false;
        }

        var invariant = (start == 1 && s[0] != '+' ? "-" : string.Empty) + whole.Replace(".", string.Empty, StringComparison.Ordinal)
            + (fraction.Length > 0 ? "." + fraction : string.Empty);
        return double.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // "1234567" or "1.234.567": the first group 1–3 digits, then groups of exactly three.
    private static bool IsWholePart(string whole)
    {
        var groups = whole.Split('.');
        if (groups.Any(g => g.Length == 0 || !g.All(char.IsAsciiDigit)))
        {
            return false;
        }

        return groups.Length == 1 || (groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }

    private static string Format(double value, string pattern, int decimals)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers can be formatted.");
        }

        // Through decimal where it fits, so 1.005 rounds to 1,01 as a person expects, not to 1,00.
        var invariant = Math.Abs(value) < 1e15
            ? Round((decimal)value, decimals).ToString(pattern, CultureInfo.InvariantCulture)
            : Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(pattern, CultureInfo.InvariantCulture);
        return string.Create(invariant.Length, invariant, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch { ',' => '.', '.' => ',', var c => c };
            }
        });
    }

    private static decimal Round(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }
}
