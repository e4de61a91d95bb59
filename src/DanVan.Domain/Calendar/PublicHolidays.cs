namespace DanVan.Domain.Calendar;

/// <summary>
/// The public holidays of Bộ luật Lao động 2019, Art. 112(1), for a solar year, with the make-up
/// day of Art. 111(3) for each one that falls on a weekend:
/// <list type="bullet">
/// <item>Tết Dương lịch, 1 January;</item>
/// <item>Tết Nguyên đán, five days: by default the last day of the lunar year and the first four of the new one (the Prime Minister fixes the actual days each year, Art. 112(3));</item>
/// <item>Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month;</item>
/// <item>30 April and 1 May;</item>
/// <item>Quốc khánh, 2 September and one adjacent day: by default 1 September, or 3 September when the 2nd is a Monday.</item>
/// </list>
/// Lunar dates follow the Vietnamese calendar (UTC+7), never the Chinese one. The Government's
/// decisions for a year (extra days off, swapped Saturdays, other Tết days) are
/// <see cref="CalendarAdjustment"/>s applied on top by <see cref="WorkingCalendar"/>.
/// </summary>
public static class PublicHolidays
{
    /// <summary>The first and last solar years the holidays are computed for.</summary>
    public const int FirstYear = 1990, LastYear = 2150;

    /// <summary>The statutory holidays of a year and their make-up days, in date order.</summary>
    /// <param name="year">The solar year.</param>
    /// <returns>The days off.</returns>
    public static IReadOnlyList<DayOff> Of(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Lịch ngày nghỉ chỉ tính cho các năm {FirstYear}–{LastYear}.");
        }

        var holidays = new List<DayOff> { Holiday(new DateOnly(year, 1, 1), "Tết Dương lịch") };

        var tet = VietnameseLunarCalendar.NewYear(year);
        var lastDay = VietnameseLunarCalendar.DaysInMonth(year - 1, 12);
        holidays.Add(Holiday(tet.AddDays(-1), $"Tết Nguyên đán ({lastDay} tháng Chạp)"));
        for (var day = 1; day <= 4; day++)
        {
            holidays.Add(Holiday(tet.AddDays(day - 1), $"Tết Nguyên đán (mùng {day})"));
        }

        holidays.Add(Holiday(VietnameseLunarCalendar.ToSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.Add(Holiday(new DateOnly(year, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước (30/4)"));
        holidays.Add(Holiday(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"));
        var nationalDay = new DateOnly(year, 9, 2);
        var adjacent = nationalDay.DayOfWeek == DayOfWeek.Monday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
        holidays.Add(Holiday(adjacent, "Quốc khánh (ngày liền kề)"));
        holidays.Add(Holiday(nationalDay, "Quốc khánh (2/9)"));
        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));

        // Art. 111(3): a holiday on the weekly rest day is made up on the next working day, after
        // the holidays that follow it (Tết's five days are one block).
        var taken = holidays.Select(h => h.Date).ToHashSet();
        var days = new List<DayOff>(holidays);
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)))
        {
            var makeUp = holiday.Date.AddDays(1);
            while (IsWeekend(makeUp) || taken.Contains(makeUp))
            {
                makeUp = makeUp.AddDays(1);
            }

            taken.Add(makeUp);
            days.Add(new DayOff(makeUp, $"Nghỉ bù {holiday.Name}", DayOffSource.InLieu));
        }

        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        return days;
    }

    /// <summary>Whether a day is a Saturday or a Sunday, the weekly rest days of civil servants.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether it is a weekend day.</returns>
    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DayOff Holiday(DateOnly date, string name) => new(date, name, DayOffSource.Holiday);
}
