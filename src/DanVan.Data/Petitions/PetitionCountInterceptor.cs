using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Data.Petitions;

/// <summary>
/// Brings <see cref="PetitionMonthCount"/> up to date in every SaveChanges that adds, changes or
/// deletes petitions, in the same transaction: the counts commit or roll back with the petitions.
/// Registered after the audit interceptor, so that a transaction the audit opens is used; when
/// there is none, it opens one and commits it once the outermost save (the audit's second save
/// included) has finished. Statements that bypass SaveChanges (<c>ExecuteUpdate</c>, bulk inserts)
/// must rebuild the counts in their transaction (<see cref="PetitionCounts.RebuildAsync"/>).
/// </summary>
public sealed class PetitionCountInterceptor : SaveChangesInterceptor
{
    private IDbContextTransaction? _ownTransaction;
    private int _depth;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _depth++;
        if (eventData.Context is AppDbContext db)
        {
            try
            {
                await ApplyAsync(db, cancellationToken);
            }
            catch
            {
                await EndAsync();
                throw;
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (--_depth == 0 && _ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        await EndAsync();
        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        await EndAsync();
        await base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        SaveChangesCanceledAsync(eventData).GetAwaiter().GetResult();

    // A save refused by a concurrency token does not count as failed for EF: it comes here instead.
    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await EndAsync();
        return await base.ThrowingConcurrencyExceptionAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result) =>
        ThrowingConcurrencyExceptionAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    private async Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var petitions = Changed(db);
        if (petitions.Count == 0)
        {
            return;
        }

        var ids = petitions.SelectMany(p => new[] { p.Before?.OrganizationId, p.After?.OrganizationId }).OfType<int>().Distinct().ToList();
        var paths = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Path, cancellationToken);
        var changes = PetitionCounts.Changes(petitions, paths);
        if (changes.Count == 0)
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            _ownTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }

        await PetitionCounts.ApplyAsync(db, changes, cancellationToken);
    }

    // A save that failed or was cancelled: the transaction this interceptor opened, with the counts it wrote, is rolled back.
    private async Task EndAsync()
    {
        _depth = 0;
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.DisposeAsync();
        }
    }

    private static List<(PetitionCountFacts? Before, PetitionCountFacts? After)> Changed(AppDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries<Petition>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e.State == EntityState.Added ? null : Facts(e, original: true), e.State == EntityState.Deleted ? null : Facts(e, original: false)))
            .Where(p => p.Item1 != p.Item2) // a new deadline or answer changes no count
            .ToList();
    }

    private static PetitionCountFacts? Facts(EntityEntry<Petition> entry, bool original)
    {
        T Value<T>(string name) => (T)(original ? entry.Property(name).OriginalValue : entry.Property(name).CurrentValue)!;
        return new PetitionCountFacts(
            Value<int>(nameof(Petition.OrganizationId)),
            Value<Domain.Petitions.PetitionKind>(nameof(Petition.Kind)),
            Value<Domain.Petitions.PetitionField>(nameof(Petition.Field)),
            Value<DateOnly>(nameof(Petition.ReceivedOn)),
            Value<Domain.Petitions.PetitionStatus>(nameof(Petition.Status)),
            Value<DateOnly?>(nameof(Petition.AcceptedOn)) != null,
            Value<DateOnly?>(nameof(Petition.ResolvedOn)) != null,
            Value<string?>(nameof(Petition.RefusalReason)) != null,
            Value<string?>(nameof(Petition.ForwardedTo)) != null,
            Value<bool?>(nameof(Petition.HandledOnTime)));
    }
}
