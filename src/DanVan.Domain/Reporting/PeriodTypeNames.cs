namespace DanVan.Domain.Reporting;

/// <summary>Vietnamese names of <see cref="PeriodType"/> values.</summary>
public static class PeriodTypeNames
{
    /// <summary>The display name, e.g. "Quý".</summary>
    /// <param name="type">The period type.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(PeriodType type) => type switch
    {
        PeriodType.Month => "Tháng",
        PeriodType.Quarter => "Quý",
        PeriodType.HalfYear => "6 tháng",
        PeriodType.NineMonths => "9 tháng",
        PeriodType.Year => "Năm",
        PeriodType.Term => "Nhiệm kỳ",
        _ => type.ToString(),
    };
}
