using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Data;

/// <summary>
/// A SaveChanges interceptor that writes more than the save itself (audit rows, counts) and so needs
/// the save in a transaction: it asks for one (<see cref="EnsureTransactionAsync"/>), which it opens
/// only when the caller has none, and the transaction ends with the outermost save — committed once
/// that save and any save made while it completes (<see cref="OnSavedAsync"/>) have succeeded, rolled
/// back however else it ends: failed, cancelled, or refused by a concurrency token (which EF reports
/// apart from failures). A context's next save never runs inside a dead transaction.
/// </summary>
public abstract class OwnTransactionInterceptor : SaveChangesInterceptor
{
    private IDbContextTransaction? _ownTransaction;
    private int _depth;

    public sealed override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _depth++;
        if (eventData.Context is { } context)
        {
            try
            {
                await OnSavingAsync(context, cancellationToken);
            }
            catch
            {
                await EndAsync();
                throw;
            }
        }

        return result;
    }

    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public sealed override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await OnSavedAsync(context, cancellationToken);
        }

        if (--_depth == 0 && _ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    public sealed override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public sealed override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) => EndAsync();

    public sealed override void SaveChangesFailed(DbContextErrorEventData eventData) => EndAsync().GetAwaiter().GetResult();

    public sealed override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) => EndAsync();

    public sealed override void SaveChangesCanceled(DbContextEventData eventData) => EndAsync().GetAwaiter().GetResult();

    public sealed override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await EndAsync();
        return result;
    }

    public sealed override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result) =>
        ThrowingConcurrencyExceptionAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    /// <summary>Before the save: what the subclass reads or writes ahead of it.</summary>
    protected abstract Task OnSavingAsync(DbContext context, CancellationToken cancellationToken);

    /// <summary>After a successful save, before the transaction commits: e.g. a second save.</summary>
    protected virtual Task OnSavedAsync(DbContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The save did not go through: forget what was pending for it.</summary>
    protected virtual void OnEnded()
    {
    }

    /// <summary>Puts the save in a transaction: the caller's if it has one, else one this interceptor opens and ends.</summary>
    protected async Task EnsureTransactionAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is null)
        {
            _ownTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }
    }

    private async Task EndAsync()
    {
        _depth = 0;
        OnEnded();
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.DisposeAsync();
        }
    }
}
