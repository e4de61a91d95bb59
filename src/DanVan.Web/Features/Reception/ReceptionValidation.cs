using System.Globalization;
using DanVan.Domain.Reception;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Reception;

/// <summary>Checks shared by sessions and dialogues, each naming its field in Vietnamese.</summary>
internal static class ReceptionValidation
{
    /// <summary>A past or present day, dd/MM/yyyy, within the last ten years.</summary>
    public static DateOnly? Day(string? text, string field, string label, DateOnly today, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"Vui lòng nhập {label}.");
            return null;
        }

        if (!DateInput.TryParse(text, out var day))
        {
            errors.Add(field, $"{Capital(label)} phải có dạng dd/MM/yyyy.");
            return null;
        }

        if (day > today)
        {
            errors.Add(field, $"{Capital(label)} không được sau hôm nay.");
            return null;
        }

        if (day < today.AddYears(-10))
        {
            errors.Add(field, $"{Capital(label)} không được trước quá 10 năm.");
            return null;
        }

        return day;
    }

    /// <summary>A whole number from <paramref name="min"/> to <see cref="Data.Reception.ReceptionLimits.MaxPeople"/>.</summary>
    public static int? Count(string? text, string field, string label, int min, ValidationErrors errors)
    {
        var max = Data.Reception.ReceptionLimits.MaxPeople;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"Vui lòng nhập {label}.");
            return null;
        }

        var cleaned = text.Trim().Replace(".", string.Empty, StringComparison.Ordinal);
        if (!int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(field, $"{Capital(label)} phải là số nguyên từ {min} đến {max.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))}.");
            return null;
        }

        return value;
    }

    public static HeadPosition? Position(string? text, string field, ValidationErrors errors)
    {
        if (HeadPositionNames.TryParse(text, out var position))
        {
            return position;
        }

        errors.Add(field, "Vui lòng chọn chức vụ: Bí thư cấp ủy, Chủ tịch UBND, Thủ trưởng cơ quan, đơn vị hoặc cấp phó, cán bộ được giao.");
        return null;
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Capital(string label) => char.ToUpperInvariant(label[0]) + label[1..];
}
