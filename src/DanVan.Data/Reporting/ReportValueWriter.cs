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
}
