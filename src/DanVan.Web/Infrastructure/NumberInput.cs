using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVan.Web.Infrastructure;

/// <summary>Numbers as people in Vietnam type them ("1.250", "12,5") or as JSON sends them ("12.5").</summary>
public static partial class NumberInput
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Reads a non-negative number; "1.250" is one thousand two hundred and fifty, "12.5" from JSON stays twelve and a half.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        var parsed = trimmed.Contains(',', StringComparison.Ordinal) || ThousandsPattern().IsMatch(trimmed)
            ? decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, Vietnamese, out value)
            : decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        return parsed && value >= 0;
    }

    /// <summary>A number shown the Vietnamese way, with at most two decimals.</summary>
    public static string Show(double value) => value.ToString("#,0.##", Vietnamese);

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsPattern();
}
