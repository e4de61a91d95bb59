using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// Writes new reports with group commit (<see cref="GroupCommitWriter{TItem}"/>): the reports
/// opened with their values at the same moment — as systems sending their figures do — are
/// inserted together with their narratives, values and audit rows, in one transaction with one
/// commit. The reports' values touch the same index pages, so a batch writes those pages once
/// instead of once a report.
/// </summary>
public sealed class ReportWriter(IServiceScopeFactory scopes, WriteGate gate, ILogger<ReportWriter> logger)
    : GroupCommitWriter<NewReport>(scopes, gate, logger)
{
    /// <summary>Queues the report and returns once it is committed; the report, its values and its audit rows then carry its id.</summary>
    public Task WriteAsync(NewReport report, CancellationToken cancellationToken) => EnqueueAsync(report, cancellationToken);

    protected override Task InsertAsync(AppDbContext db, IReadOnlyList<NewReport> batch) =>
        ReportValueWriter.InsertAsync(db, batch, CancellationToken.None);

    protected override void Reset(NewReport item)
    {
        item.Report.Id = 0;
        item.Report.Narratives.ForEach(n => n.ReportId = 0);
    }
}
