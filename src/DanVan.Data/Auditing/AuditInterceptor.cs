using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVan.Data.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, changed or deleted <see cref="IAuditable"/>
/// in the same SaveChanges, so a change and its audit row commit or fail together.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    // Secrets and bookkeeping that must never be copied into the audit trail.
    private static readonly HashSet<string> Hidden =
    [
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NameFolded", "SearchFolded", "NormalizedUserName", "NormalizedEmail", "Content",
    ];

    private readonly List<(EntityEntry Entry, AuditEntry Audit)> _added = [];
    private Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? _ownTransaction;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (FillGeneratedKeys() && eventData.Context is not null)
        {
            await eventData.Context.SaveChangesAsync(cancellationToken);
        }

        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _added.Clear();
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.DisposeAsync();
        }

        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        _added.Clear();
        _ownTransaction?.Dispose();
        _ownTransaction = null;
        base.SaveChangesFailed(eventData);
    }

    // A save refused by a concurrency token does not count as failed for EF: it comes here instead,
    // and a transaction opened for it must end with it, or the context's next save would never commit.
    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        _added.Clear();
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.DisposeAsync();
        }

        return await base.ThrowingConcurrencyExceptionAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        _added.Clear();
        _ownTransaction?.Dispose();
        _ownTransaction = null;
        return base.ThrowingConcurrencyException(eventData, result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (FillGeneratedKeys() && eventData.Context is not null)
        {
            eventData.Context.SaveChanges();
        }

        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            transaction.Commit();
            transaction.Dispose();
        }

        return base.SavedChanges(eventData, result);
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries<IAuditable>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            var changed = entry.Properties
                .Where(p => !Hidden.Contains(p.Metadata.Name))
                .Where(p => entry.State != EntityState.Modified || p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                .ToList();
            if (entry.State == EntityState.Modified && changed.Count == 0)
            {
                continue;
            }

            var audit = new AuditEntry
            {
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                OrganizationId = entry.Entity.AuditOrganizationId is > 0 ? entry.Entity.AuditOrganizationId : null,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = entry.State switch
                {
                    EntityState.Added => "Created",
                    EntityState.Deleted => "Deleted",
                    _ => "Updated",
                },
                Before = entry.State == EntityState.Added ? null : Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
                After = entry.State == EntityState.Deleted ? null : Serialize(changed.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue)),
            };
            context.Set<AuditEntry>().Add(audit);
            if (entry.State == EntityState.Added)
            {
                _added.Add((entry, audit));
            }
        }

        // New rows get their keys from the database, so their audit rows are completed in a
        // second save; one transaction keeps the change and its audit together.
        if (_added.Count > 0 && context.Database.CurrentTransaction is null)
        {
            _ownTransaction = context.Database.BeginTransaction();
        }
    }

    // Keys generated by the database are known only after the insert.
    private bool FillGeneratedKeys()
    {
        if (_added.Count == 0)
        {
            return false;
        }

        foreach (var (entry, audit) in _added)
        {
            audit.EntityId = KeyOf(entry);
            if (((IAuditable)entry.Entity).AuditOrganizationId is > 0 and var organizationId)
            {
                audit.OrganizationId = organizationId;
            }

            audit.After = Serialize(entry.Properties
                .Where(p => !Hidden.Contains(p.Metadata.Name))
                .ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
        }

        _added.Clear();
        return true;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));

    private static string Serialize(Dictionary<string, object?> values) =>
        JsonSerializer.Serialize(values, AuditJson.Options);
}
