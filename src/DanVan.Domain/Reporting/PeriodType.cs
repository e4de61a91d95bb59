namespace DanVan.Domain.Reporting;

/// <summary>How often a report form is filled (kỳ báo cáo).</summary>
public enum PeriodType
{
    /// <summary>Tháng.</summary>
    Month = 1,

    /// <summary>Quý.</summary>
    Quarter = 2,

    /// <summary>6 tháng (sơ kết), first or second half of a year.</summary>
    HalfYear = 3,

    /// <summary>9 tháng: January to September.</summary>
    NineMonths = 4,

    /// <summary>Năm (tổng kết).</summary>
    Year = 5,

    /// <summary>Nhiệm kỳ: five calendar years from the congress year, e.g. 2020–2025.</summary>
    Term = 6,
}
