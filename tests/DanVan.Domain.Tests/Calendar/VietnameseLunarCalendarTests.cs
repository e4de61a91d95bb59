using DanVan.Domain.Calendar;

namespace DanVan.Domain.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    // Tết Nguyên đán as published in Vietnamese calendars.
    [Theory]
    [InlineData(1968, 1, 29)]
    [InlineData(1985, 1, 21)]
    [InlineData(2000, 2, 5)]
    [InlineData(2007, 2, 17)]
    [InlineData(2010, 2, 14)]
    [InlineData(2015, 2, 19)]
    [InlineData(2016, 2, 8)]
    [InlineData(2017, 1, 28)]
    [InlineData(2018, 2, 16)]
    [InlineData(2019, 2, 5)]
    [InlineData(2020, 1, 25)]
    [InlineData(2021, 2, 12)]
    [InlineData(2022, 2, 1)]
    [InlineData(2023, 1, 22)]
    [InlineData(2024, 2, 10)]
    [InlineData(2025, 1, 29)]
    [InlineData(2026, 2, 17)]
    [InlineData(2027, 2, 6)]
    [InlineData(2028, 1, 26)]
    [InlineData(2029, 2, 13)]
    [InlineData(2030, 2, 2)]
    public void Tet_falls_on_the_published_day(int year, int month, int day)
    {
        var tet = new DateOnly(year, month, day);

        VietnameseLunarCalendar.NewYear(year).ShouldBe(tet);
        VietnameseLunarCalendar.ToSolar(year, 1, 1).ShouldBe(tet);
        VietnameseLunarCalendar.FromSolar(tet).ShouldBe(new LunarDate(year, 1, 1, false));
        VietnameseLunarCalendar.FromSolar(tet.AddDays(-1)).Year.ShouldBe(year - 1);
    }

    [Theory]
    [InlineData(2025, DayOfWeek.Wednesday)]
    [InlineData(2026, DayOfWeek.Tuesday)]
    [InlineData(2027, DayOfWeek.Saturday)]
    [InlineData(2028, DayOfWeek.Wednesday)]
    [InlineData(2029, DayOfWeek.Tuesday)]
    [InlineData(2030, DayOfWeek.Saturday)]
    public void Tet_falls_on_the_published_weekday(int year, DayOfWeek weekday) =>
        VietnameseLunarCalendar.NewYear(year).DayOfWeek.ShouldBe(weekday);

    // In these years the new moon fell between midnight in Vietnam (UTC+7) and midnight in China
    // (UTC+8), or moved month 11, so China's Tết is a later day of the Vietnamese lunar year.
    [Theory]
    [InlineData(1968, 1, 30, 1, 2)]
    [InlineData(1985, 2, 20, 2, 1)]
    [InlineData(2007, 2, 18, 1, 2)]
    [InlineData(2030, 2, 3, 1, 2)]
    public void Chinese_Tet_is_not_Vietnamese_Tet(int year, int month, int day, int lunarMonth, int lunarDay) =>
        VietnameseLunarCalendar.FromSolar(new DateOnly(year, month, day)).ShouldBe(new LunarDate(year, lunarMonth, lunarDay, false));

    // Giỗ Tổ Hùng Vương, 10/3 âm lịch.
    [Theory]
    [InlineData(2021, 4, 21, DayOfWeek.Wednesday)]
    [InlineData(2022, 4, 10, DayOfWeek.Sunday)]
    [InlineData(2023, 4, 29, DayOfWeek.Saturday)]
    [InlineData(2024, 4, 18, DayOfWeek.Thursday)]
    [InlineData(2025, 4, 7, DayOfWeek.Monday)]
    [InlineData(2026, 4, 26, DayOfWeek.Sunday)]
    [InlineData(2027, 4, 16, DayOfWeek.Friday)]
    [InlineData(2028, 4, 4, DayOfWeek.Tuesday)]
    [InlineData(2029, 4, 23, DayOfWeek.Monday)]
    [InlineData(2030, 4, 12, DayOfWeek.Friday)]
    public void Hung_Kings_day_falls_on_the_published_day(int year, int month, int day, DayOfWeek weekday)
    {
        var date = new DateOnly(year, month, day);

        VietnameseLunarCalendar.ToSolar(year, 3, 10).ShouldBe(date);
        VietnameseLunarCalendar.FromSolar(date).ShouldBe(new LunarDate(year, 3, 10, false));
        date.DayOfWeek.ShouldBe(weekday);
    }

    // Tết Trung thu, 15/8 âm lịch.
    [Theory]
    [InlineData(2021, 9, 21)]
    [InlineData(2022, 9, 10)]
    [InlineData(2023, 9, 29)]
    [InlineData(2024, 9, 17)]
    [InlineData(2025, 10, 6)]
    public void Mid_autumn_falls_on_the_published_day(int year, int month, int day) =>
        VietnameseLunarCalendar.ToSolar(year, 8, 15).ShouldBe(new DateOnly(year, month, day));

    // "No 30 Tết" for the Tết of 2025 to 2032: the month 12 before each is the one of the lunar year
    // before, so lunar years 2024–2031. Lunar 2032's month 12 has 30 days: Tết 2033 has its 30th again.
    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    [InlineData(2031)]
    public void Month_12_has_29_days_before_the_Tet_of_2025_to_2032(int lunarYear)
    {
        VietnameseLunarCalendar.DaysInMonth(lunarYear, 12).ShouldBe(29);
        VietnameseLunarCalendar.TryToSolar(lunarYear, 12, 30, false, out _).ShouldBeFalse();
    }

    [Fact]
    public void Month_12_of_lunar_2032_has_30_days() =>
        VietnameseLunarCalendar.DaysInMonth(2032, 12).ShouldBe(30);

    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    [InlineData(2033, 11)]
    public void Leap_month_is_the_published_one(int lunarYear, int leapMonth)
    {
        VietnameseLunarCalendar.LeapMonthOf(lunarYear).ShouldBe(leapMonth);
        VietnameseLunarCalendar.DaysInMonth(lunarYear, leapMonth, isLeapMonth: true).ShouldBeInRange(29, 30);
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void Common_years_have_no_leap_month(int lunarYear) =>
        VietnameseLunarCalendar.LeapMonthOf(lunarYear).ShouldBeNull();

    [Fact]
    public void The_leap_month_of_2025_follows_month_6()
    {
        VietnameseLunarCalendar.ToSolar(2025, 6, 1, isLeapMonth: true).ShouldBe(new DateOnly(2025, 7, 25));
        VietnameseLunarCalendar.ToSolar(2025, 7, 1).ShouldBe(new DateOnly(2025, 8, 23));
        VietnameseLunarCalendar.ToSolar(2025, 7, 15).ShouldBe(new DateOnly(2025, 9, 6));
        VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 7, 25)).ShouldBe(new LunarDate(2025, 6, 1, true));
        VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 7, 24)).ShouldBe(new LunarDate(2025, 6, 30, false));
    }

    [Theory]
    [InlineData(1968, "Mậu Thân")]
    [InlineData(1975, "Ất Mão")]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(1985, "Ất Sửu")]
    [InlineData(2000, "Canh Thìn")]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(2030, "Canh Tuất")]
    public void Year_names_follow_the_sexagenary_cycle(int lunarYear, string name)
    {
        LunarDate.YearNameOf(lunarYear).ShouldBe(name);
        new LunarDate(lunarYear, 1, 1, false).YearName.ShouldBe(name);
    }

    [Fact]
    public void A_solar_day_before_Tet_is_named_by_the_old_lunar_year() =>
        VietnameseLunarCalendar.FromSolar(new DateOnly(2026, 2, 16)).YearName.ShouldBe("Ất Tỵ");

    [Fact]
    public void Lunar_dates_print_in_Vietnamese()
    {
        VietnameseLunarCalendar.FromSolar(new DateOnly(2026, 4, 26)).ToString().ShouldBe("10/3 âm lịch");
        VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 7, 25)).ToString().ShouldBe("1/6 âm lịch (nhuận)");
    }

    [Fact]
    public void Every_day_from_1950_to_2100_round_trips()
    {
        for (var date = new DateOnly(1950, 1, 1); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            var back = VietnameseLunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth);
            if (back != date)
            {
                back.ShouldBe(date, $"{lunar} {lunar.Year}");
            }

            if (VietnameseLunarCalendar.FromSolar(back) != lunar)
            {
                VietnameseLunarCalendar.FromSolar(back).ShouldBe(lunar);
            }
        }
    }

    [Fact]
    public void Every_supported_day_continues_the_day_before()
    {
        var first = VietnameseLunarCalendar.MinSupportedDate;
        var previous = VietnameseLunarCalendar.FromSolar(first);
        previous.ShouldBe(new LunarDate(VietnameseLunarCalendar.MinLunarYear, 1, 1, false));
        for (var date = first.AddDays(1); date <= VietnameseLunarCalendar.MaxSupportedDate; date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            var continues = lunar == (previous with { Day = previous.Day + 1 });
            var startsMonth = lunar.Day == 1
                && previous.Day == VietnameseLunarCalendar.DaysInMonth(previous.Year, previous.Month, previous.IsLeapMonth)
                && IsNextMonth(previous, lunar);
            if (!continues && !startsMonth)
            {
                lunar.ShouldBe(previous with { Day = previous.Day + 1 }, $"{date:yyyy-MM-dd} after {previous} {previous.Year}");
            }

            previous = lunar;
        }

        previous.Year.ShouldBe(VietnameseLunarCalendar.MaxLunarYear);
        previous.Month.ShouldBe(12);
    }

    [Fact]
    public void Every_supported_year_has_12_months_of_29_or_30_days_and_at_most_one_leap_month()
    {
        for (var year = VietnameseLunarCalendar.MinLunarYear; year <= VietnameseLunarCalendar.MaxLunarYear; year++)
        {
            var leap = VietnameseLunarCalendar.LeapMonthOf(year);
            var days = 0;
            for (var month = 1; month <= 12; month++)
            {
                days += DaysIn(year, month, isLeapMonth: false);
                if (leap == month)
                {
                    days += DaysIn(year, month, isLeapMonth: true);
                }
                else
                {
                    VietnameseLunarCalendar.TryToSolar(year, month, 1, true, out _).ShouldBeFalse();
                }
            }

            var end = year < VietnameseLunarCalendar.MaxLunarYear
                ? VietnameseLunarCalendar.NewYear(year + 1)
                : VietnameseLunarCalendar.MaxSupportedDate.AddDays(1);
            days.ShouldBe(end.DayNumber - VietnameseLunarCalendar.NewYear(year).DayNumber);
            days.ShouldBeInRange(leap is null ? 353 : 383, leap is null ? 355 : 385);
        }
    }

    [Fact]
    public void The_supported_range_covers_the_solar_years_1900_to_2199()
    {
        VietnameseLunarCalendar.MinSupportedDate.ShouldBeLessThanOrEqualTo(new DateOnly(1900, 1, 1));
        VietnameseLunarCalendar.MaxSupportedDate.ShouldBeGreaterThanOrEqualTo(new DateOnly(2199, 12, 31));
        VietnameseLunarCalendar.FromSolar(new DateOnly(1900, 1, 1)).Year.ShouldBe(1899);
        VietnameseLunarCalendar.FromSolar(new DateOnly(2199, 12, 31)).Year.ShouldBe(2199);
    }

    [Fact]
    public void Day_30_of_a_29_day_month_is_refused()
    {
        VietnameseLunarCalendar.DaysInMonth(2025, 12).ShouldBe(29);

        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2025, 12, 30))
            .ParamName.ShouldBe("lunarDay");
        VietnameseLunarCalendar.TryToSolar(2025, 12, 30, false, out var date).ShouldBeFalse();
        date.ShouldBe(default);
        VietnameseLunarCalendar.TryToSolar(2025, 12, 29, false, out date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(2026, 2, 16));
    }

    [Theory]
    [InlineData(2026, 6)]
    [InlineData(2024, 1)]
    [InlineData(2025, 5)]
    [InlineData(2025, 7)]
    public void A_leap_month_the_year_does_not_have_is_refused(int lunarYear, int month)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(lunarYear, month, 1, isLeapMonth: true))
            .ParamName.ShouldBe("isLeapMonth");
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.DaysInMonth(lunarYear, month, isLeapMonth: true));
        VietnameseLunarCalendar.TryToSolar(lunarYear, month, 1, true, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(13, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 31)]
    [InlineData(-1, -1)]
    public void Months_and_days_that_cannot_exist_are_refused(int month, int day)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2026, month, day));
        VietnameseLunarCalendar.TryToSolar(2026, month, day, false, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(1898)]
    [InlineData(2200)]
    [InlineData(0)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Lunar_years_out_of_range_are_refused(int lunarYear)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(lunarYear, 1, 1))
            .ParamName.ShouldBe("lunarYear");
        VietnameseLunarCalendar.TryToSolar(lunarYear, 1, 1, false, out _).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.NewYear(lunarYear));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.LeapMonthOf(lunarYear));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.DaysInMonth(lunarYear, 1));
    }

    [Fact]
    public void Solar_days_out_of_range_are_refused()
    {
        var early = Should.Throw<ArgumentOutOfRangeException>(
            () => VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinSupportedDate.AddDays(-1)));
        early.ParamName.ShouldBe("date");
        early.Message.ShouldContain("1899");

        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MaxSupportedDate.AddDays(1)));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(1899, 1, 1)));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(2200, 12, 31)));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(DateOnly.MinValue));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(DateOnly.MaxValue));
    }

    private static int DaysIn(int year, int month, bool isLeapMonth)
    {
        var days = VietnameseLunarCalendar.DaysInMonth(year, month, isLeapMonth);
        days.ShouldBeInRange(29, 30);
        return days;
    }

    private static bool IsNextMonth(LunarDate previous, LunarDate next)
    {
        var leap = VietnameseLunarCalendar.LeapMonthOf(previous.Year);
        if (!previous.IsLeapMonth && leap == previous.Month)
        {
            return next.Year == previous.Year && next.Month == previous.Month && next.IsLeapMonth;
        }

        return previous.Month == 12
            ? next.Year == previous.Year + 1 && next.Month == 1 && !next.IsLeapMonth
            : next.Year == previous.Year && next.Month == previous.Month + 1 && !next.IsLeapMonth;
    }
}
