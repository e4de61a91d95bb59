using System.Globalization;

namespace DanVan.Domain.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch): lunar year, month 1–12, day 1–30 and whether the
/// month is the year's leap month (tháng nhuận), which repeats the number of the month before it.
/// Convert with <see cref="VietnameseLunarCalendar"/>; this type does not check that the day exists.
/// </summary>
/// <param name="Year">The lunar year, numbered as the solar year in which its Tết falls.</param>
/// <param name="Month">The month number, 1–12 (a leap month has the number of the month it repeats).</param>
/// <param name="Day">The day of the month, 1–30.</param>
/// <param name="IsLeapMonth">Whether the month is the leap month (tháng nhuận).</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth)
{
    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];

    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The year's name in the sexagenary cycle (can chi), e.g. "Bính Ngọ" for 2026.</summary>
    public string YearName => YearNameOf(Year);

    /// <summary>The can chi name of a lunar year, e.g. "Giáp Thìn" for 2024.</summary>
    /// <param name="lunarYear">The lunar year.</param>
    /// <returns>The stem and branch, separated by a space.</returns>
    public static string YearNameOf(int lunarYear)
    {
        // Year 4 (and so 1984, 2044) opens the cycle with Giáp Tý.
        var stem = (((lunarYear - 4) % 10) + 10) % 10;
        var branch = (((lunarYear - 4) % 12) + 12) % 12;
        return Stems[stem] + " " + Branches[branch];
    }

    /// <summary>The day and month as written in Vietnamese, e.g. "10/3 âm lịch" or "1/6 âm lịch (nhuận)".</summary>
    /// <returns>The short Vietnamese form, without the year.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month} âm lịch{(IsLeapMonth ? " (nhuận)" : string.Empty)}");
}
