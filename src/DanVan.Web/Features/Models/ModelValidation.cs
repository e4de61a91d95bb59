using System.Globalization;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Models;

/// <summary>Checks shared by models, results and recognitions, each naming its field in Vietnamese.</summary>
internal static partial class ModelValidation
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A day dd/MM/yyyy from 1945 to a year ahead; required unless <paramref name="required"/> is false.</summary>
    public static DateOnly? Day(string? text, string field, string label, DateOnly today, ValidationErrors errors, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"Vui lòng nhập {label}.");
            }

            return null;
        }

        if (!DateInput.TryParse(text, out var day) || day is not { } value)
        {
            errors.Add(field, $"{Capital(label)} phải có dạng dd/MM/yyyy.");
            return null;
        }

        if (value.Year < 1945 || value > today.AddYears(1))
        {
            errors.Add(field, $"{Capital(label)} phải từ năm 1945 đến không quá một năm tới.");
            return null;
        }

        return value;
    }

    /// <summary>A number typed the Vietnamese way (1.234,5) or sent as JSON (1234.5), from 0 to a trillion.</summary>
    public static decimal? Number(string? text, string field, string label, ValidationErrors errors)
    {
        var value = text?.Trim() ?? string.Empty;
        // "1.250" is one thousand two hundred and fifty as typed in Vietnam; "12.5" from JSON stays twelve and a half.
        var parsed = value.Contains(',', StringComparison.Ordinal) || ThousandsPattern().IsMatch(value)
            ? decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, Vietnamese, out var vi) ? vi : (decimal?)null
            : decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain) ? plain : null;
        if (parsed is not { } number || number < 0 || number > 1_000_000_000_000m)
        {
            errors.Add(field, $"{Capital(label)} phải là một số không âm, ví dụ 1.250 hoặc 12,5.");
            return null;
        }

        return decimal.Round(number, 2);
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial System.Text.RegularExpressions.Regex ThousandsPattern();

    private static string Capital(string label) => char.ToUpperInvariant(label[0]) + label[1..];
}
