using System.Globalization;

namespace DanVan.Domain.Reporting;

/// <summary>
/// One reporting period (kỳ báo cáo): a month, quarter, half-year, nine months, year or five-year term.
/// <see cref="Number"/> is the month (1–12), quarter (1–4) or half (1–2), and 1 otherwise; a term's
/// <see cref="Year"/> is its first year.
/// </summary>
public readonly record struct ReportingPeriod
{
    /// <summary>The length of a term (nhiệm kỳ) in years.</summary>
    public const int TermYears = 5;

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    private ReportingPeriod(PeriodType type, int year, int number)
    {
        Type = type;
        Year = year;
        Number = number;
    }

    /// <summary>The kind of period.</summary>
    public PeriodType Type { get; }

    /// <summary>The calendar year, or a term's first year.</summary>
    public int Year { get; }

    /// <summary>Month, quarter or half within the year; 1 for other types.</summary>
    public int Number { get; }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start => Type switch
    {
        PeriodType.Month => new DateOnly(Year, Number, 1),
        PeriodType.Quarter => new DateOnly(Year, ((Number - 1) * 3) + 1, 1),
        PeriodType.HalfYear => new DateOnly(Year, Number == 1 ? 1 : 7, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Type switch
    {
        PeriodType.Month => Start.AddMonths(1).AddDays(-1),
        PeriodType.Quarter => Start.AddMonths(3).AddDays(-1),
        PeriodType.HalfYear => Start.AddMonths(6).AddDays(-1),
        PeriodType.NineMonths => new DateOnly(Year, 9, 30),
        PeriodType.Year => new DateOnly(Year, 12, 31),
        _ => new DateOnly(Year + TermYears - 1, 12, 31),
    };

    /// <summary>A stable key for URLs and storage, e.g. "2026-Q1", "2026-M03", "2026-H2", "2026-9M", "2026", "NK2020".</summary>
    public string Key => Type switch
    {
        PeriodType.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}-M{Number:00}"),
        PeriodType.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}"),
        PeriodType.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Year}-H{Number}"),
        PeriodType.NineMonths => string.Create(CultureInfo.InvariantCulture, $"{Year}-9M"),
        PeriodType.Year => Year.ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"NK{Year}"),
    };

    /// <summary>The Vietnamese name as it starts a sentence, e.g. "Quý I năm 2026".</summary>
    public string Label => Type switch
    {
        PeriodType.Month => string.Create(CultureInfo.InvariantCulture, $"Tháng {Number} năm {Year}"),
        PeriodType.Quarter => string.Create(CultureInfo.InvariantCulture, $"Quý {Roman[Number - 1]} năm {Year}"),
        PeriodType.HalfYear => string.Create(CultureInfo.InvariantCulture, $"6 tháng {(Number == 1 ? "đầu" : "cuối")} năm {Year}"),
        PeriodType.NineMonths => string.Create(CultureInfo.InvariantCulture, $"9 tháng năm {Year}"),
        PeriodType.Year => string.Create(CultureInfo.InvariantCulture, $"Năm {Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Nhiệm kỳ {Year}–{Year + TermYears}"),
    };

    /// <summary>The name inside a sentence or a document's summary, e.g. "quý I năm 2026".</summary>
    public string LabelInSentence => char.ToLowerInvariant(Label[0]) + Label[1..];

    /// <summary>Creates a period, checking its parts.</summary>
    /// <param name="type">The kind of period.</param>
    /// <param name="year">The year (a term's first year), 1900–2999.</param>
    /// <param name="number">Month, quarter or half; 1 for other types.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public static ReportingPeriod Of(PeriodType type, int year, int number = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2999);
        var max = MaxNumber(type);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, max);
        return new ReportingPeriod(type, year, number);
    }

    /// <summary>The period of the given type that contains a day.</summary>
    /// <param name="type">The kind of period.</param>
    /// <param name="day">Any day.</param>
    /// <returns>The period containing it.</returns>
    /// <remarks>A nine-month period contains only January–September; for a later day the year's nine months are returned.</remarks>
    public static ReportingPeriod Containing(PeriodType type, DateOnly day) => type switch
    {
        PeriodType.Month => new(type, day.Year, day.Month),
        PeriodType.Quarter => new(type, day.Year, ((day.Month - 1) / 3) + 1),
        PeriodType.HalfYear => new(type, day.Year, day.Month <= 6 ? 1 : 2),
        PeriodType.Term => new(type, day.Year - (((day.Year - 2000) % TermYears) + TermYears) % TermYears, 1),
        _ => new(type, day.Year, 1),
    };

    /// <summary>Parses a <see cref="Key"/>.</summary>
    /// <param name="key">The key, e.g. "2026-Q1".</param>
    /// <param name="period">The period.</param>
    /// <returns>Whether the key was valid.</returns>
    public static bool TryParse(string? key, out ReportingPeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var text = key.Trim().ToUpperInvariant();
        if (text.StartsWith("NK", StringComparison.Ordinal))
        {
            return TryCreate(PeriodType.Term, text[2..], "1", out period);
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return TryCreate(PeriodType.Year, text, "1", out period);
        }

        var year = text[..dash];
        var rest = text[(dash + 1)..];
        return rest switch
        {
            "9M" => TryCreate(PeriodType.NineMonths, year, "1", out period),
            ['M', .. var month] => TryCreate(PeriodType.Month, year, month, out period),
            ['Q', .. var quarter] => TryCreate(PeriodType.Quarter, year, quarter, out period),
            ['H', .. var half] => TryCreate(PeriodType.HalfYear, year, half, out period),
            _ => false,
        };
    }

    /// <summary>Parses a stored <see cref="Key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The key is not a period.</exception>
    public static ReportingPeriod Parse(string key) =>
        TryParse(key, out var period) ? period : throw new FormatException($"\"{key}\" is not a reporting period key.");

    /// <summary>The period just before this one, of the same type.</summary>
    /// <returns>The previous period.</returns>
    public ReportingPeriod Previous() => Type switch
    {
        PeriodType.Month or PeriodType.Quarter or PeriodType.HalfYear => Number > 1
            ? new(Type, Year, Number - 1)
            : new(Type, Year - 1, MaxNumber(Type)),
        PeriodType.Term => new(Type, Year - TermYears, 1),
        _ => new(Type, Year - 1, 1),
    };

    /// <summary>The period just after this one, of the same type.</summary>
    /// <returns>The next period.</returns>
    public ReportingPeriod Next() => Type switch
    {
        PeriodType.Month or PeriodType.Quarter or PeriodType.HalfYear => Number < MaxNumber(Type)
            ? new(Type, Year, Number + 1)
            : new(Type, Year + 1, 1),
        PeriodType.Term => new(Type, Year + TermYears, 1),
        _ => new(Type, Year + 1, 1),
    };

    /// <summary>The same period a year earlier (for a term, the previous term).</summary>
    /// <returns>The period to compare with.</returns>
    public ReportingPeriod SameLastYear() => Type == PeriodType.Term ? Previous() : new(Type, Year - 1, Number);

    /// <summary>The periods of this type, newest first, from the one containing <paramref name="today"/> back.</summary>
    /// <param name="type">The kind of period.</param>
    /// <param name="today">Today.</param>
    /// <param name="count">How many.</param>
    /// <returns>The periods.</returns>
    public static IEnumerable<ReportingPeriod> Recent(PeriodType type, DateOnly today, int count)
    {
        var period = Containing(type, today);
        for (var i = 0; i < count; i++)
        {
            yield return period;
            period = period.Previous();
        }
    }

    /// <inheritdoc />
    public override string ToString() => Key;

    private static int MaxNumber(PeriodType type) => type switch
    {
        PeriodType.Month => 12,
        PeriodType.Quarter => 4,
        PeriodType.HalfYear => 2,
        PeriodType.NineMonths or PeriodType.Year or PeriodType.Term => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static bool TryCreate(PeriodType type, string year, string number, out ReportingPeriod period)
    {
        period = default;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || y is < 1900 or > 2999 || n < 1 || n > MaxNumber(type))
        {
            return false;
        }

        if (type == PeriodType.Term && Containing(PeriodType.Term, new DateOnly(y, 1, 1)).Year != y)
        {
            return false;
        }

        period = new ReportingPeriod(type, y, n);
        return true;
    }
}
