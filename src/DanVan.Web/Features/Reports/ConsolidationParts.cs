namespace DanVan.Web.Features.Reports;

/// <summary>What a consolidation computes besides the figures and completeness of the period.</summary>
[Flags]
public enum ConsolidationParts
{
    /// <summary>Totals by child and completeness only.</summary>
    Figures = 0,

    /// <summary>The previous period and the same period last year.</summary>
    Comparisons = 1,

    /// <summary>The children's narrative under the form's headings.</summary>
    Narrative = 2,

    All = Comparisons | Narrative,
}
