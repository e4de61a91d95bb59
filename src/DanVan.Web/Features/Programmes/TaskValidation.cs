using System.Globalization;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Programmes;

/// <summary>Checks shared by programmes, tasks and progress reports, each naming its field in Vietnamese.</summary>
internal static class TaskValidation
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; <c>null</c> (and an error) otherwise.</summary>
    public static int? WholeNumber(string? text, string field, string label, int min, int max, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"Vui lòng nhập {label}.");
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(field, $"{Capital(label)} phải là số nguyên từ {min} đến {max}.");
            return null;
        }

        return value;
    }

    /// <summary>An optional day, dd/MM/yyyy, between 2000 and 2100.</summary>
    public static DateOnly? Day(string? text, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateInput.TryParse(text, out var day) || day!.Value.Year is < SaveProgramme.MinYear or > SaveProgramme.MaxYear)
        {
            errors.Add(field, $"{Capital(label)} phải có dạng dd/MM/yyyy.");
            return null;
        }

        return day;
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string Capital(string label) => char.ToUpperInvariant(label[0]) + label[1..];
}
