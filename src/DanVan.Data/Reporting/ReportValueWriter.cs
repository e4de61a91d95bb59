using DanVan.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Reporting;

/// <summary>
/// Saves a report's changes with its new values written as multi-row inserts: a filled report
/// brings some 60 new values, which EF would send to SQLite one statement each.
/// </summary>
public static class ReportValueWriter
{
    /// <summary>SaveChanges, then the report's added values in bulk, in one transaction.</summary>
    public static async Task SaveAsync(AppDbContext db, Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        db.ChangeTracker.DetectChanges();
        var added = report.Values.Where(v => db.Entry(v).State == EntityState.Added).ToList();
        if (added.Count < 8)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        // Out of the tracked collection too, or the save would find and insert them itself.
        foreach (var value in added)
        {
            db.Entry(value).State = EntityState.Detached;
            report.Values.Remove(value);
        }

        var owned = db.Database.CurrentTransaction is null;
        await using var transaction = owned ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        await BulkInsert.InsertAsync(db, added, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var value in added)
        {
            report.Values.Add(value);
            db.Entry(value).State = EntityState.Unchanged;
        }
    }
}
