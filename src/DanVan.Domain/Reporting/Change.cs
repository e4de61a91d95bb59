namespace DanVan.Domain.Reporting;

/// <summary>A figure compared with a baseline: the previous period or the same period last year (so sánh).</summary>
/// <param name="Current">This period's figure.</param>
/// <param name="Baseline">The figure compared with.</param>
public readonly record struct Change(double? Current, double? Baseline)
{
    /// <summary>Current minus baseline, when both exist.</summary>
    public double? Absolute => Current is { } current && Baseline is { } baseline ? current - baseline : null;

    /// <summary>The change as a percentage of the baseline; <c>null</c> when the baseline is missing or zero.</summary>
    public double? Percent => Absolute is { } absolute && Baseline is { } baseline && baseline != 0
        ? Math.Round(100.0 * absolute / Math.Abs(baseline), 1)
        : null;
}
