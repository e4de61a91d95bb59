namespace DanVan.Data.Reporting;

/// <summary>One figure of a report. Category 0 is the indicator's total; 1… its disaggregation categories.</summary>
public sealed class ReportValue
{
    public long ReportId { get; set; }

    public int IndicatorId { get; set; }

    public short Category { get; set; }

    public double Value { get; set; }
}
