namespace DanVan.Data.Reporting;

/// <summary>The text of one narrative section of a report.</summary>
public sealed class ReportNarrative
{
    public long ReportId { get; set; }

    public int SectionId { get; set; }

    public string Text { get; set; } = string.Empty;
}
