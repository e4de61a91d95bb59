using System.Globalization;
namespace DanVan.Web.Infrastructure;

/// <summary>Checks of typed fields shared by the features (days, numbers, optional text), each naming its field in Vietnamese.</summary>
public static class InputChecks
{
    /// <summary>A day dd/MM/yyyy from 1945 to <paramref name="latest"/>; required unless <paramref name="required"/> is false.</summary>
    public static DateOnly? Day(string? text, string field, string label, DateOnly latest, ValidationErrors errors, bool required = true)
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

        if (value.Year < 1945 || value > latest)
        {
            errors.Add(field, $"{Capital(label)} phải từ năm 1945 đến {DateInput.Show(latest)}.");
            return null;
        }

        return value;
    }

    /// <summary>A number typed the Vietnamese way (1.234,5) or sent as JSON (1234.5), from 0 to a trillion.</summary>
    public static decimal? Number(string? text, string field, string label, ValidationErrors errors)
    {
        if (!NumberInput.TryParse(text, out var number) || number > 1_000_000_000_000m)
        {
            errors.Add(field, $"{Capital(label)} phải là một số không âm, ví dụ 1.250 hoặc 12,5.");
            return null;
        }

        return decimal.Round(number, 2);
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Capital(string label) => char.ToUpperInvariant(label[0]) + label[1..];
}
