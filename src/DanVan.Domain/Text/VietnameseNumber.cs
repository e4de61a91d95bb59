using System.Globalization;

namespace DanVan.Domain.Text;

/// <summary>Numbers as Vietnamese write them: "." between thousands, "," before decimals (1.234.567,5).</summary>
public static class VietnameseNumber
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
        NumberGroupSizes = [3],
    };

    /// <summary>Formats a number with at most <paramref name="maxDecimals"/> decimals and no trailing zeros.</summary>
    /// <param name="value">The number.</param>
    /// <param name="maxDecimals">Most decimals shown, 0–6.</param>
    /// <returns>e.g. "1.234.567,5".</returns>
    public static string ToText(double value, int maxDecimals = 2)
    {
        var pattern = maxDecimals <= 0 ? "#,0" : "#,0." + new string('#', Math.Min(maxDecimals, 6));
        var rounded = Math.Round(value, Math.Clamp(maxDecimals, 0, 6), MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString(pattern, Format);
    }

    /// <summary>Formats a percentage, e.g. 12.5 → "12,5%".</summary>
    /// <param name="percent">The value, already in percent.</param>
    /// <param name="decimals">Most decimals shown.</param>
    /// <returns>The text.</returns>
    public static string Percent(double percent, int decimals = 1) => ToText(percent, decimals) + "%";

    /// <summary>
    /// Reads a number typed the Vietnamese way: "1.234.567,5", "1234567,5", "-2,5" or "1234".
    /// Thousands dots must group by three; a comma is the only decimal separator.
    /// </summary>
    /// <param name="text">What the person typed.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether it is a number.</returns>
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        var s = text?.Trim().Replace('\u00a0', ' ').Replace(" ", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(s) || s.Length > 40)
        {
            return false;
        }

        var negative = s[0] is '-' or '−';
        var body = negative ? s[1..] : s;
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        var whole = comma < 0 ? body : body[..comma];
        var fraction = comma < 0 ? string.Empty : body[(comma + 1)..];
        if (whole.Length == 0 || (comma >= 0 && fraction.Length == 0) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        var groups = whole.Split('.');
        if (groups.Any(g => g.Length == 0 || !g.All(char.IsAsciiDigit)) || (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3))))
        {
            return false;
        }

        var invariant = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : string.Empty);
        if (!double.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) || double.IsInfinity(value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }
}
