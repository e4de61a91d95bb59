namespace DanVan.Domain.Reporting;

/// <summary>Which organisations owe a report for a period.</summary>
public static class ReportingObligation
{
    /// <summary>
    /// An organisation owes a report for a period when it was working on the period's last day.
    /// One that closed or merged during the period does not (its successor does), and one opened
    /// after the period does not; so the received rate never exceeds 100%.
    /// </summary>
    /// <param name="validFrom">The organisation's first working day.</param>
    /// <param name="validTo">Its last working day, or <c>null</c> while open.</param>
    /// <param name="period">The period.</param>
    /// <returns>Whether a report is expected.</returns>
    public static bool IsExpected(DateOnly validFrom, DateOnly? validTo, ReportingPeriod period) =>
        validFrom <= period.End && (validTo is null || validTo >= period.End);
}
