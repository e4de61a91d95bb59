namespace DanVan.Domain.Reporting;

/// <summary>Works out the <see cref="ReceiptState"/> of one organisation's report for a period.</summary>
public static class Receipt
{
    /// <summary>The state of a report, or of its absence.</summary>
    /// <param name="status">The report's status, or <c>null</c> when none was started.</param>
    /// <param name="firstSubmittedAt">When it was first sent (UTC); timeliness follows the first sending.</param>
    /// <param name="schedule">The form's deadline and lock.</param>
    /// <param name="period">The period.</param>
    /// <param name="now">Now, in UTC.</param>
    /// <returns>The state.</returns>
    public static ReceiptState StateOf(ReportStatus? status, DateTime? firstSubmittedAt, ReportSchedule schedule, ReportingPeriod period, DateTime now) => status switch
    {
        ReportStatus.Submitted or ReportStatus.Approved when firstSubmittedAt is { } sent =>
            schedule.IsOnTime(period, sent) ? ReceiptState.OnTime : ReceiptState.Late,
        ReportStatus.Returned => ReceiptState.Returned,
        _ => schedule.IsOverdue(period, now) ? ReceiptState.Missing : ReceiptState.NotYetDue,
    };
}
