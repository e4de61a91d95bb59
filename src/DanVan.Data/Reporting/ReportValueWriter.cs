using System.Globalization;
using DanVan.Data.Auditing;
using DanVan.Data.Seeding;

namespace DanVan.Data.Reporting;

/// <summary>
/// Saves a report's changes with its new values written as multi-row inserts: a filled report
/// brings some 60 new values, which EF would track one by one and send to SQLite one statement
/// each.
/// </summary>
public static class ReportValueWriter
{
    /// <summary>SaveChanges, then the new values (not tracked by EF) in bulk, in one transaction.</summary>
    public static async Task SaveAsync(AppDbContext db, IReadOnlyList<ReportValue> added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(added);
        if (added.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        await BulkInsert.InsertAsync(db, added, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Inserts new reports with their narratives, then their values and audit rows in bulk, which
    /// take the reports' ids; inside the caller's transaction.
    /// </summary>
    public static async Task InsertAsync(AppDbContext db, IReadOnlyList<NewReport> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        db.Reports.AddRange(reports.Select(r => r.Report));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (report, values, audit) in reports)
        {
            foreach (var value in values)
            {
                value.ReportId = report.Id;
            }

            foreach (var entry in audit)
            {
                entry.EntityId = report.Id.ToString(CultureInfo.InvariantCulture);
            }
        }

        await BulkInsert.InsertAsync(db, [.. reports.SelectMany(r => r.Values)], cancellationToken);
        await BulkInsert.InsertAsync(db, [.. reports.SelectMany(r => r.Audit)], cancellationToken);
    }
}

/// <summary>A report not written yet (its form navigation empty: only its own rows are inserted), its values and its audit rows, which get its id when it is written.</summary>
public sealed record NewReport(Report Report, IReadOnlyList<ReportValue> Values, IReadOnlyList<AuditEntry> Audit);
