using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// A context on the same database without the audit interceptor, for seeding. The interceptor
/// would add one audit row per generated organisation and a second save per batch to complete
/// their keys: it would double the rows written, for rows no person changed. Seeders write one
/// summary audit row instead, in the same transaction.
/// </summary>
internal static class UnauditedContext
{
    public static AppDbContext For(AppDbContext db)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.Configure(options, db.Database.IsNpgsql(), db.Database.GetConnectionString()!);
        return new AppDbContext(options.Options);
    }
}
