using System.Globalization;

namespace DanVan.Domain.Reporting;

/// <summary>The values an indicator allows (giới hạn giá trị).</summary>
/// <param name="Min">The smallest allowed value, or <c>null</c>.</param>
/// <param name="Max">The largest allowed value, or <c>null</c>.</param>
public readonly record struct IndicatorRange(double? Min, double? Max)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Why a value is outside the range, in Vietnamese, or <c>null</c> when it is inside.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The message.</returns>
    public string? Check(double value) => (Min, Max) switch
    {
        ({ } min, { } max) when value < min || value > max => $"Giá trị phải từ {Format(min)} đến {Format(max)}.",
        ({ } min, _) when value < min => $"Giá trị không được nhỏ hơn {Format(min)}.",
        (_, { } max) when value > max => $"Giá trị không được lớn hơn {Format(max)}.",
        _ => null,
    };

    private static string Format(double value) => value.ToString("#,0.##", Vietnamese);
}
