using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DanVan.Data.Petitions;

/// <summary>
/// Brings <see cref="PetitionMonthCount"/> up to date in every SaveChanges that adds, changes or
/// deletes petitions, in the same transaction: the counts commit or roll back with the petitions.
/// Registered after the audit interceptor, so that a transaction the audit opens is used; when
/// there is none, it opens one and commits it once the outermost save (the audit's second save
/// included) has finished. Statements that bypass SaveChanges (<c>ExecuteUpdate</c>, bulk inserts)
/// must rebuild the counts in their transaction (<see cref="PetitionCounts.RebuildAsync"/>).
/// </summary>
public sealed class PetitionCountInterceptor : OwnTransactionInterceptor
{
    protected override async Task OnSavingAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (context is not AppDbContext db)
        {
            return;
        }

        var petitions = Changed(db);
        if (petitions.Count == 0)
        {
            return;
        }

        var ids = petitions.SelectMany(p => new[] { p.Before?.OrganizationId, p.After?.OrganizationId }).OfType<int>().Distinct().ToList();
        var paths = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Path, cancellationToken);
        var changes = PetitionCounts.Changes(petitions, paths);
        if (changes.Count > 0)
        {
            await EnsureTransactionAsync(db, cancellationToken);
            await PetitionCounts.ApplyAsync(db, changes, cancellationToken);
        }
    }

    private static List<(PetitionCountFacts? Before, PetitionCountFacts? After)> Changed(AppDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries<Petition>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Before: e.State == EntityState.Added ? null : (PetitionCountFacts?)Facts(e, original: true), After: e.State == EntityState.Deleted ? null : (PetitionCountFacts?)Facts(e, original: false)))
            .Where(p => p.Before != p.After) // a new deadline or answer changes no count
            .ToList();
    }

    private static PetitionCountFacts Facts(EntityEntry<Petition> entry, bool original) =>
        PetitionCountFacts.Of(original ? (Petition)entry.OriginalValues.ToObject() : entry.Entity);
}
