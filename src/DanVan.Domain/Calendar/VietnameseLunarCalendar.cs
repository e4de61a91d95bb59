using System.Globalization;

namespace DanVan.Domain.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), computed from the positions of the Sun and Moon for
/// Vietnamese standard time, UTC+7.
/// </summary>
/// <remarks>
/// <para>
/// The rules: a month starts on the day (UTC+7) of a new moon; month 11 is the month in which the
/// December solstice falls; when 13 months run from one month 11 to the next, the first
/// of those months (after month 11) into which no major solar term (trung khí, a multiple of 30° of
/// the Sun's longitude) falls is the leap month, and takes the number of the month before it.
/// New moons follow Jean Meeus, <i>Astronomical Algorithms</i> (ch. 49); the Sun's longitude uses a
/// truncated VSOP87 series with nutation and aberration; ΔT follows the Espenak–Meeus polynomials.
/// </para>
/// <para>
/// Because the day boundary is UTC+7, dates sometimes differ from the Chinese calendar (UTC+8), e.g.
/// Tết 2007, 1985 and 2030. The UTC+7 rules are applied to every year, including years before 1968
/// when much of Vietnam still followed a UTC+8 calendar.
/// </para>
/// <para>
/// Lunar years <see cref="MinLunarYear"/>–<see cref="MaxLunarYear"/> are supported, that is solar days
/// from <see cref="MinSupportedDate"/> (Tết 1899) to <see cref="MaxSupportedDate"/> (the day before
/// Tết 2200), which covers every day of the solar years 1900–2199. Years are computed once, on first
/// use, and cached; all members are thread-safe.
/// </para>
/// </remarks>
public static class VietnameseLunarCalendar
{
    /// <summary>The first supported lunar year.</summary>
    public const int MinLunarYear = 1899;

    /// <summary>The last supported lunar year.</summary>
    public const int MaxLunarYear = 2199;

    private static readonly YearTable?[] Years = new YearTable?[MaxLunarYear - MinLunarYear + 1];

    private enum Refusal
    {
        None,
        Year,
        Month,
        LeapMonth,
        Day,
    }

    /// <summary>The first supported solar day: Tết (1/1 âm lịch) of <see cref="MinLunarYear"/>.</summary>
    public static DateOnly MinSupportedDate => DateOnly.FromDayNumber(GetYear(MinLunarYear).NewYearDay);

    /// <summary>The last supported solar day: the last day of lunar year <see cref="MaxLunarYear"/>.</summary>
    public static DateOnly MaxSupportedDate => DateOnly.FromDayNumber(GetYear(MaxLunarYear).EndDay - 1);

    /// <summary>Converts a solar (Gregorian) day to the lunar calendar.</summary>
    /// <param name="date">The solar day, between <see cref="MinSupportedDate"/> and <see cref="MaxSupportedDate"/>.</param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the supported range.</exception>
    public static LunarDate FromSolar(DateOnly date)
    {
        var day = date.DayNumber;
        var year = Math.Min(date.Year, MaxLunarYear);
        if (year < MinLunarYear)
        {
            throw OutOfRange(date);
        }

        var table = GetYear(year);
        if (day < table.NewYearDay)
        {
            if (year == MinLunarYear)
            {
                throw OutOfRange(date);
            }

            table = GetYear(year - 1);
        }

        if (day >= table.EndDay)
        {
            throw OutOfRange(date);
        }

        var index = table.Starts.Length - 2;
        while (table.Starts[index] > day)
        {
            index--;
        }

        var (month, isLeap) = table.Months[index];
        return new LunarDate(table.Year, month, day - table.Starts[index] + 1, isLeap);
    }

    /// <summary>Converts a lunar date to the solar (Gregorian) day.</summary>
    /// <param name="lunarYear">The lunar year, <see cref="MinLunarYear"/>–<see cref="MaxLunarYear"/>.</param>
    /// <param name="lunarMonth">The month, 1–12.</param>
    /// <param name="lunarDay">The day, 1 to the month's length (29 or 30).</param>
    /// <param name="isLeapMonth">Whether the month is the year's leap month.</param>
    /// <returns>The solar day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The year is not supported, or the month or day does not exist that year (e.g. day 30 of a
    /// 29-day month, or a leap month the year does not have).
    /// </exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth = false)
    {
        var refusal = TryLocate(lunarYear, lunarMonth, lunarDay, isLeapMonth, out var dayNumber);
        return refusal switch
        {
            Refusal.None => DateOnly.FromDayNumber(dayNumber),
            Refusal.Year => throw YearOutOfRange(lunarYear),
            Refusal.Month => throw MonthOutOfRange(lunarMonth),
            Refusal.LeapMonth => throw LeapMonthMissing(lunarYear, lunarMonth, nameof(isLeapMonth)),
            _ => throw new ArgumentOutOfRangeException(
                nameof(lunarDay),
                lunarDay,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Month {lunarMonth}{(isLeapMonth ? " (leap)" : string.Empty)} of lunar year {lunarYear} has {DaysInMonth(lunarYear, lunarMonth, isLeapMonth)} days.")),
        };
    }

    /// <summary>Converts a lunar date to the solar (Gregorian) day, refusing instead of throwing.</summary>
    /// <param name="lunarYear">The lunar year.</param>
    /// <param name="lunarMonth">The month, 1–12.</param>
    /// <param name="lunarDay">The day of the month.</param>
    /// <param name="isLeapMonth">Whether the month is the year's leap month.</param>
    /// <param name="date">The solar day, or <c>default</c> when refused.</param>
    /// <returns>Whether the lunar date exists and is within the supported years.</returns>
    public static bool TryToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth, out DateOnly date)
    {
        if (TryLocate(lunarYear, lunarMonth, lunarDay, isLeapMonth, out var dayNumber) == Refusal.None)
        {
            date = DateOnly.FromDayNumber(dayNumber);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>The number of days (29 or 30) in a lunar month.</summary>
    /// <param name="lunarYear">The lunar year, <see cref="MinLunarYear"/>–<see cref="MaxLunarYear"/>.</param>
    /// <param name="lunarMonth">The month, 1–12.</param>
    /// <param name="isLeapMonth">Whether the month is the year's leap month.</param>
    /// <returns>29 or 30.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not supported or the month does not exist that year.</exception>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool isLeapMonth = false)
    {
        var table = GetCheckedYear(lunarYear);
        var index = CheckedMonthIndex(table, lunarMonth, isLeapMonth);
        return table.Starts[index + 1] - table.Starts[index];
    }

    /// <summary>The year's leap month (tháng nhuận), if it has one.</summary>
    /// <param name="lunarYear">The lunar year, <see cref="MinLunarYear"/>–<see cref="MaxLunarYear"/>.</param>
    /// <returns>The number of the month that is repeated (the leap month follows it), or <c>null</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not supported.</exception>
    public static int? LeapMonthOf(int lunarYear)
    {
        var leap = GetCheckedYear(lunarYear).LeapMonth;
        return leap == 0 ? null : leap;
    }

    /// <summary>Tết Nguyên đán: the solar day of 1/1 âm lịch.</summary>
    /// <param name="lunarYear">The lunar year, <see cref="MinLunarYear"/>–<see cref="MaxLunarYear"/>.</param>
    /// <returns>The first day of the lunar year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not supported.</exception>
    public static DateOnly NewYear(int lunarYear) => DateOnly.FromDayNumber(GetCheckedYear(lunarYear).NewYearDay);

    private static Refusal TryLocate(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth, out int dayNumber)
    {
        dayNumber = 0;
        if (lunarYear is < MinLunarYear or > MaxLunarYear)
        {
            return Refusal.Year;
        }

        if (lunarMonth is < 1 or > 12)
        {
            return Refusal.Month;
        }

        var table = GetYear(lunarYear);
        var index = table.IndexOf(lunarMonth, isLeapMonth);
        if (index < 0)
        {
            return Refusal.LeapMonth;
        }

        var start = table.Starts[index];
        if (lunarDay < 1 || lunarDay > table.Starts[index + 1] - start)
        {
            return Refusal.Day;
        }

        dayNumber = start + lunarDay - 1;
        return Refusal.None;
    }

    private static YearTable GetCheckedYear(int lunarYear) =>
        lunarYear is < MinLunarYear or > MaxLunarYear ? throw YearOutOfRange(lunarYear) : GetYear(lunarYear);

    private static int CheckedMonthIndex(YearTable table, int lunarMonth, bool isLeapMonth)
    {
        if (lunarMonth is < 1 or > 12)
        {
            throw MonthOutOfRange(lunarMonth);
        }

        var index = table.IndexOf(lunarMonth, isLeapMonth);
        return index < 0 ? throw LeapMonthMissing(table.Year, lunarMonth, nameof(isLeapMonth)) : index;
    }

    private static ArgumentOutOfRangeException OutOfRange(DateOnly date) => new(
        nameof(date),
        date,
        string.Create(
            CultureInfo.InvariantCulture,
            $"The Vietnamese lunar calendar is supported from {MinSupportedDate:yyyy-MM-dd} to {MaxSupportedDate:yyyy-MM-dd} (lunar years {MinLunarYear}–{MaxLunarYear})."));

    private static ArgumentOutOfRangeException YearOutOfRange(int lunarYear) => new(
        nameof(lunarYear),
        lunarYear,
        string.Create(CultureInfo.InvariantCulture, $"The Vietnamese lunar calendar is supported for lunar years {MinLunarYear}–{MaxLunarYear}."));

    private static ArgumentOutOfRangeException MonthOutOfRange(int lunarMonth) =>
        new(nameof(lunarMonth), lunarMonth, "A lunar month is numbered 1–12.");

    private static ArgumentOutOfRangeException LeapMonthMissing(int lunarYear, int lunarMonth, string paramName)
    {
        var leap = GetYear(lunarYear).LeapMonth;
        var has = leap == 0
            ? "has no leap month"
            : string.Create(CultureInfo.InvariantCulture, $"has leap month {leap}");
        return new ArgumentOutOfRangeException(
            paramName,
            string.Create(CultureInfo.InvariantCulture, $"Lunar year {lunarYear} {has}, not a leap month {lunarMonth}."));
    }

    private static YearTable GetYear(int lunarYear)
    {
        ref var slot = ref Years[lunarYear - MinLunarYear];
        var table = Volatile.Read(ref slot);
        if (table is not null)
        {
            return table;
        }

        // Two threads may build the same year; the tables are equal, and the first one stored wins.
        var built = YearTable.Build(lunarYear);
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }

    /// <summary>One lunar year: where each of its months starts and which month number each one is.</summary>
    private sealed class YearTable
    {
        private YearTable(int year, int[] starts, (int Month, bool IsLeap)[] months, int leapMonth)
        {
            Year = year;
            Starts = starts;
            Months = months;
            LeapMonth = leapMonth;
        }

        public int Year { get; }

        /// <summary>The day number of each month's first day, then that of the next year's Tết.</summary>
        public int[] Starts { get; }

        /// <summary>The months in order, aligned with <see cref="Starts"/>.</summary>
        public (int Month, bool IsLeap)[] Months { get; }

        /// <summary>The repeated month number, or 0.</summary>
        public int LeapMonth { get; }

        public int NewYearDay => Starts[0];

        public int EndDay => Starts[^1];

        public int IndexOf(int month, bool isLeap) => Array.IndexOf(Months, (month, isLeap));

        /// <summary>
        /// Months 1–10 of a lunar year lie between the month 11 that holds the December solstice of the
        /// previous solar year and the one of the same solar year; months 11 and 12 follow that second one.
        /// </summary>
        public static YearTable Build(int lunarYear)
        {
            var starts = new List<int>(14);
            var months = new List<(int, bool)>(13);
            var leapMonth = 0;
            var started = false;
            foreach (var (start, month, isLeap) in Astronomy.SolsticeSpan(lunarYear).Concat(Astronomy.SolsticeSpan(lunarYear + 1)))
            {
                var isNewYear = month == 1 && !isLeap;
                if (isNewYear && started)
                {
                    starts.Add(start);
                    break;
                }

                started |= isNewYear;
                if (started)
                {
                    starts.Add(start);
                    months.Add((month, isLeap));
                    if (isLeap)
                    {
                        leapMonth = month;
                    }
                }
            }

            return new YearTable(lunarYear, [.. starts], [.. months], leapMonth);
        }
    }

    /// <summary>The astronomy behind the calendar: new moons, the Sun's longitude and ΔT.</summary>
    private static class Astronomy
    {
        /// <summary>Vietnamese standard time, as a fraction of a day.</summary>
        private const double TimeZone = 7.0 / 24.0;

        /// <summary>The Julian day of 0001-01-01 00:00 UT, where <see cref="DateOnly.DayNumber"/> is 0.</summary>
        private const double JulianDayOfDayZero = 1721425.5;

        private const double J2000 = 2451545.0;

        private const double MeanSynodicMonth = 29.530588861;

        private const double DegreesToRadians = Math.PI / 180.0;

        // Earth's heliocentric longitude, VSOP87 (truncated as in Meeus, appendix III):
        // amplitude in 1e-8 rad, phase in rad, frequency in rad per Julian millennium.
        private static readonly double[][] L0 =
        [
            [175347046, 0, 0], [3341656, 4.6692568, 6283.07585], [34894, 4.6261, 12566.1517],
            [3497, 2.7441, 5753.3849], [3418, 2.8289, 3.5231], [3136, 3.6277, 77713.7715],
            [2676, 4.4181, 7860.4194], [2343, 6.1352, 3930.2097], [1324, 0.7425, 11506.7698],
            [1273, 2.0371, 529.691], [1199, 1.1096, 1577.3435], [990, 5.233, 5884.927],
            [902, 2.045, 26.298], [857, 3.508, 398.149], [780, 1.179, 5223.694],
            [753, 2.533, 5507.553], [505, 4.583, 18849.228], [492, 4.205, 775.523],
            [357, 2.92, 0.067], [317, 5.849, 11790.629], [284, 1.899, 796.298],
            [271, 0.315, 10977.079], [243, 0.345, 5486.778], [206, 4.806, 2544.314],
            [205, 1.869, 5573.143], [202, 2.458, 6069.777], [156, 0.833, 213.299],
            [132, 3.411, 2942.463], [126, 1.083, 20.775], [115, 0.645, 0.98],
            [103, 0.636, 4694.003], [102, 0.976, 15720.839], [102, 4.267, 7.114],
            [99, 6.21, 2146.17], [98, 0.68, 155.42], [86, 5.98, 161000.69],
            [85, 1.3, 6275.96], [85, 3.67, 71430.7], [80, 1.81, 17260.15],
            [79, 3.04, 12036.46], [75, 1.76, 5088.63], [74, 3.5, 3154.69],
            [74, 4.68, 801.82], [70, 0.83, 9437.76], [62, 3.98, 8827.39],
            [61, 1.82, 7084.9], [57, 2.78, 6286.6], [56, 4.39, 14143.5],
            [56, 3.47, 6279.55], [52, 0.19, 12139.55], [52, 1.33, 1748.02],
            [51, 0.28, 5856.48], [49, 0.49, 1194.45], [41, 5.37, 8429.24],
            [41, 2.4, 19651.05], [39, 6.17, 10447.39], [37, 6.04, 10213.29],
            [37, 2.57, 1059.38], [36, 1.71, 2352.87], [36, 1.78, 6812.77],
            [33, 0.59, 17789.85], [30, 0.44, 83996.85], [30, 2.74, 1349.87],
            [25, 3.16, 4690.48],
        ];

        private static readonly double[][] L1 =
        [
            [628331966747, 0, 0], [206059, 2.678235, 6283.07585], [4303, 2.6351, 12566.1517],
            [425, 1.59, 3.523], [119, 5.796, 26.298], [109, 2.966, 1577.344],
            [93, 2.59, 18849.23], [72, 1.14, 529.69], [68, 1.87, 398.15],
            [67, 4.41, 5507.55], [59, 2.89, 5223.69], [56, 2.17, 155.42],
            [45, 0.4, 796.3], [36, 0.47, 775.52], [29, 2.65, 7.11],
            [21, 5.34, 0.98], [19, 1.85, 5486.78], [19, 4.97, 213.3],
            [17, 2.99, 6275.96], [16, 0.03, 2544.31], [16, 1.43, 2146.17],
            [15, 1.21, 10977.08], [12, 2.83, 1748.02], [12, 3.26, 5088.63],
            [12, 5.27, 1194.45], [12, 2.08, 4694.0], [11, 0.77, 553.57],
            [10, 1.3, 6286.6], [10, 4.24, 1349.87], [9, 2.7, 242.73],
            [9, 5.64, 951.72], [8, 5.3, 2352.87], [6, 2.65, 9437.76],
            [6, 4.67, 4690.48],
        ];

        private static readonly double[][] L2 =
        [
            [52919, 0, 0], [8720, 1.0721, 6283.0758], [309, 0.867, 12566.152],
            [27, 0.05, 3.52], [16, 5.19, 26.3], [16, 3.68, 155.42],
            [10, 0.76, 18849.23], [9, 2.06, 77713.77], [7, 0.83, 775.52],
            [5, 4.66, 1577.34], [4, 1.03, 7.11], [4, 3.44, 5573.14],
            [3, 5.14, 796.3], [3, 6.05, 5507.55], [3, 1.19, 242.73],
            [3, 6.12, 529.69], [3, 0.31, 398.15], [3, 2.28, 553.57],
            [2, 4.38, 5223.69], [2, 3.75, 0.98],
        ];

        private static readonly double[][] L3 =
        [
            [289, 5.844, 6283.076], [35, 0, 0], [17, 5.49, 12566.15],
            [3, 5.2, 155.42], [1, 4.72, 3.52], [1, 5.3, 18849.23],
            [1, 5.97, 242.73],
        ];

        private static readonly double[][] L4 = [[114, 3.142, 0], [8, 4.13, 6283.08], [1, 3.84, 12566.15]];

        private static readonly double[][] L5 = [[1, 3.14, 0]];

        private static readonly double[][][] LongitudeSeries = [L0, L1, L2, L3, L4, L5];

        // The planetary arguments of Meeus' additional new-moon corrections: constant and rate per
        // lunation (degrees), and the amplitude of the term (days).
        private static readonly double[][] PlanetaryTerms =
        [
            [251.88, 0.016321, 0.000165], [251.83, 26.651886, 0.000164], [349.42, 36.412478, 0.000126],
            [84.66, 18.206239, 0.000110], [141.74, 53.303771, 0.000062], [207.14, 2.453732, 0.000060],
            [154.84, 7.306860, 0.000056], [34.52, 27.261239, 0.000047], [207.19, 0.121824, 0.000042],
            [291.34, 1.844379, 0.000040], [161.72, 24.198154, 0.000037], [239.56, 25.513099, 0.000035],
            [331.55, 3.592518, 0.000023],
        ];

        /// <summary>
        /// The months from the month 11 holding the December solstice of <paramref name="solarYear"/> − 1
        /// up to the one holding the solstice of <paramref name="solarYear"/> (excluded), numbered and
        /// with the leap month marked when there are 13.
        /// </summary>
        public static IEnumerable<(int Start, int Month, bool IsLeap)> SolsticeSpan(int solarYear)
        {
            var first = MonthElevenLunation(solarYear - 1);
            var count = MonthElevenLunation(solarYear) - first;
            var starts = new int[count + 1];
            for (var i = 0; i <= count; i++)
            {
                starts[i] = NewMoonDay(first + i);
            }

            var leapIndex = -1;
            if (count == 13)
            {
                for (var i = 1; i < count && leapIndex < 0; i++)
                {
                    if (NextMajorTerm(starts[i]) == NextMajorTerm(starts[i + 1]))
                    {
                        leapIndex = i;
                    }
                }
            }

            var month = 11;
            for (var i = 0; i < count; i++)
            {
                if (i > 0 && i != leapIndex)
                {
                    month = month == 12 ? 1 : month + 1;
                }

                yield return (starts[i], month, i == leapIndex);
            }
        }

        /// <summary>The lunation (Meeus' k) whose month holds the December solstice of a solar year.</summary>
        private static int MonthElevenLunation(int solarYear)
        {
            var lastDay = new DateOnly(solarYear, 12, 31).DayNumber;
            var k = (int)Math.Floor((lastDay + JulianDayOfDayZero - 2451550.09766) / MeanSynodicMonth);
            while (NewMoonDay(k + 1) <= lastDay)
            {
                k++;
            }

            while (NewMoonDay(k) > lastDay)
            {
                k--;
            }

            // The month holding 31 December started within the month before; if the Sun had already
            // passed 270° when it started, the solstice fell in the month before it.
            return SunLongitudeAtStartOf(NewMoonDay(k)) > 270.0 ? k - 1 : k;
        }

        /// <summary>
        /// The major term (0–11, for 0°, 30°, … 330°) that is the first to come at or after the start of a
        /// day: a month holds no major term when this is the same on its first day and on the next month's.
        /// </summary>
        private static int NextMajorTerm(int day) => (int)Math.Ceiling(SunLongitudeAtStartOf(day) / 30.0) % 12;

        /// <summary>The day number (UTC+7) on which new moon number <paramref name="k"/> falls.</summary>
        private static int NewMoonDay(int k)
        {
            var ephemeris = NewMoonEphemerisDay(k);
            var universal = ephemeris - (DeltaTSeconds(ephemeris) / 86400.0);
            return (int)Math.Floor(universal + TimeZone - JulianDayOfDayZero);
        }

        private static double SunLongitudeAtStartOf(int day)
        {
            var universal = day + JulianDayOfDayZero - TimeZone;
            return ApparentSunLongitude(universal + (DeltaTSeconds(universal) / 86400.0));
        }

        /// <summary>
        /// The Julian Ephemeris Day of new moon number <paramref name="k"/> (0 is the new moon of
        /// 6 January 2000), Meeus ch. 49: the mean new moon, the periodic terms of the Moon's and the
        /// Sun's anomalies and the Moon's argument of latitude, then the planetary terms.
        /// </summary>
        internal static double NewMoonEphemerisDay(int k)
        {
            var t = k / 1236.85;
            var t2 = t * t;
            var t3 = t2 * t;
            var t4 = t3 * t;
            var mean = 2451550.09766 + (MeanSynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);

            var e = 1.0 - (0.002516 * t) - (0.0000074 * t2);
            var sun = Radians(2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
            var moon = Radians(201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
            var latitude = Radians(160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
            var node = Radians(124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

            var correction =
                (-0.40720 * Math.Sin(moon))
                + (0.17241 * e * Math.Sin(sun))
                + (0.01608 * Math.Sin(2 * moon))
                + (0.01039 * Math.Sin(2 * latitude))
                + (0.00739 * e * Math.Sin(moon - sun))
                - (0.00514 * e * Math.Sin(moon + sun))
                + (0.00208 * e * e * Math.Sin(2 * sun))
                - (0.00111 * Math.Sin(moon - (2 * latitude)))
                - (0.00057 * Math.Sin(moon + (2 * latitude)))
                + (0.00056 * e * Math.Sin((2 * moon) + sun))
                - (0.00042 * Math.Sin(3 * moon))
                + (0.00042 * e * Math.Sin(sun + (2 * latitude)))
                + (0.00038 * e * Math.Sin(sun - (2 * latitude)))
                - (0.00024 * e * Math.Sin((2 * moon) - sun))
                - (0.00017 * Math.Sin(node))
                - (0.00007 * Math.Sin(moon + (2 * sun)))
                + (0.00004 * Math.Sin((2 * moon) - (2 * latitude)))
                + (0.00004 * Math.Sin(3 * sun))
                + (0.00003 * Math.Sin(moon + sun - (2 * latitude)))
                + (0.00003 * Math.Sin((2 * moon) + (2 * latitude)))
                - (0.00003 * Math.Sin(moon + sun + (2 * latitude)))
                + (0.00003 * Math.Sin(moon - sun + (2 * latitude)))
                - (0.00002 * Math.Sin(moon - sun - (2 * latitude)))
                - (0.00002 * Math.Sin((3 * moon) + sun))
                + (0.00002 * Math.Sin(4 * moon));

            var planetary = 0.000325 * Math.Sin(Radians(299.77 + (0.107408 * k) - (0.009173 * t2)));
            foreach (var term in PlanetaryTerms)
            {
                planetary += term[2] * Math.Sin(Radians(term[0] + (term[1] * k)));
            }

            return mean + correction + planetary;
        }

        /// <summary>
        /// The Sun's apparent geocentric longitude in degrees, [0, 360), at a Julian Ephemeris Day:
        /// Earth's VSOP87 longitude turned round, moved to the FK5 frame, plus nutation and aberration.
        /// </summary>
        internal static double ApparentSunLongitude(double ephemerisDay)
        {
            var millennia = (ephemerisDay - J2000) / 365250.0;
            var heliocentric = 0.0;
            var power = 1.0;
            foreach (var series in LongitudeSeries)
            {
                var sum = 0.0;
                foreach (var term in series)
                {
                    sum += term[0] * Math.Cos(term[1] + (term[2] * millennia));
                }

                heliocentric += sum * power;
                power *= millennia;
            }

            var centuries = millennia * 10.0;
            var geometric = (heliocentric * 1e-8 / DegreesToRadians) + 180.0;

            // Nutation in longitude (the four largest terms) and the Sun's distance for aberration.
            var node = Radians(125.04452 - (1934.136261 * centuries));
            var sunMeanLongitude = Radians(280.4665 + (36000.7698 * centuries));
            var moonMeanLongitude = Radians(218.3165 + (481267.8813 * centuries));
            var nutation = (-17.20 * Math.Sin(node)) - (1.32 * Math.Sin(2 * sunMeanLongitude))
                - (0.23 * Math.Sin(2 * moonMeanLongitude)) + (0.21 * Math.Sin(2 * node));

            var anomaly = Radians(357.52911 + (35999.05029 * centuries));
            var eccentricity = 0.016708634 - (0.000042037 * centuries);
            var center = Radians(((1.914602 - (0.004817 * centuries)) * Math.Sin(anomaly))
                + ((0.019993 - (0.000101 * centuries)) * Math.Sin(2 * anomaly))
                + (0.000289 * Math.Sin(3 * anomaly)));
            var distance = 1.000001018 * (1 - (eccentricity * eccentricity)) / (1 + (eccentricity * Math.Cos(anomaly + center)));
            var aberration = -20.4898 / distance;

            const double Fk5Correction = -0.09033;
            var apparent = geometric + ((Fk5Correction + nutation + aberration) / 3600.0);
            return Normalize(apparent);
        }

        /// <summary>
        /// ΔT = TT − UT in seconds, from the Espenak–Meeus polynomials (1860 onwards); after 2005 these
        /// are extrapolations, good to a minute or so by 2200, which moves a day boundary only rarely.
        /// </summary>
        internal static double DeltaTSeconds(double julianDay)
        {
            var y = 2000.0 + ((julianDay - J2000) / 365.25);
            double t;
            if (y < 1900)
            {
                t = y - 1860;
                return 7.62 + (0.5737 * t) - (0.251754 * t * t) + (0.01680668 * t * t * t)
                    - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233174);
            }

            if (y < 1920)
            {
                t = y - 1900;
                return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * Math.Pow(t, 4));
            }

            if (y < 1941)
            {
                t = y - 1920;
                return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
            }

            if (y < 1961)
            {
                t = y - 1950;
                return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
            }

            if (y < 1986)
            {
                t = y - 1975;
                return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
            }

            if (y < 2005)
            {
                t = y - 2000;
                return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t)
                    + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
            }

            if (y < 2050)
            {
                t = y - 2000;
                return 62.92 + (0.32217 * t) + (0.005589 * t * t);
            }

            var u = (y - 1820) / 100;
            return y < 2150 ? -20 + (32 * u * u) - (0.5628 * (2150 - y)) : -20 + (32 * u * u);
        }

        private static double Radians(double degrees) => Normalize(degrees) * DegreesToRadians;

        private static double Normalize(double degrees)
        {
            var reduced = degrees % 360.0;
            return reduced < 0 ? reduced + 360.0 : reduced;
        }
    }
}
