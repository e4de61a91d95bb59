using System.Threading.Channels;
using DanVan.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure;

/// <summary>
/// Group commit: what many requests write at the same moment waits in one queue, and one writer
/// inserts it together in one transaction with one commit. Each caller is answered only once its
/// item is committed, so an acknowledged write survives a crash. On SQLite the writer takes the
/// process's write turn (<see cref="WriteGate"/>) once a batch instead of once an item, and the
/// pages a batch touches are written to the journal once.
/// </summary>
/// <remarks>
/// When a batch fails, each of its items is written alone, so one bad item fails only its own
/// request; <see cref="RetryAsync"/> may mend an item and ask for another try.
/// </remarks>
public abstract class GroupCommitWriter<TItem>(IServiceScopeFactory scopes, WriteGate gate, ILogger logger) : IDisposable
    where TItem : class
{
    /// <summary>The most items committed together.</summary>
    public const int MaxBatch = 64;

    private const int MaxAttempts = 3;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _starting = new();
    private Task? _loop;

    /// <summary>Queues the item and returns once it is committed; throws what writing it alone threw.</summary>
    protected Task EnqueueAsync(TItem item, CancellationToken cancellationToken)
    {
        Start();
        var pending = new Pending(item, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The writer has stopped.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Adds the batch to <paramref name="db"/> and saves it, inside the transaction the writer commits.</summary>
    protected abstract Task InsertAsync(AppDbContext db, IReadOnlyList<TItem> batch);

    /// <summary>Undoes what a rolled-back insert left on the item (ids given by the database) before it is tried again.</summary>
    protected abstract void Reset(TItem item);

    /// <summary>Whether an item whose insert failed should be tried again, after mending it; by default never.</summary>
    protected virtual Task<bool> RetryAsync(IServiceProvider services, TItem item, Exception failure) => Task.FromResult(false);

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop?.Wait(TimeSpan.FromSeconds(10));
        GC.SuppressFinalize(this);
    }

    private sealed record Pending(TItem Item, TaskCompletionSource Done);

    private void Start()
    {
        if (_loop is not null)
        {
            return;
        }

        lock (_starting)
        {
            // The loop must not carry the first caller's request (its HttpContext, its scope) along.
            using var _ = ExecutionContext.SuppressFlow();
            _loop ??= Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await WriteAsync(batch.ConvertAll(p => p.Item));
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception failure)
            {
                logger.LogWarning(failure, "A batch of {Count} writes failed; writing them one by one", batch.Count);
                foreach (var pending in batch)
                {
                    await WriteAloneAsync(pending);
                }
            }
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        for (var attempt = 1; ; attempt++)
        {
            Reset(pending.Item);
            try
            {
                await WriteAsync([pending.Item]);
                pending.Done.TrySetResult();
                return;
            }
            catch (Exception failure)
            {
                await using var scope = scopes.CreateAsyncScope();
                if (attempt < MaxAttempts && await RetryAsync(scope.ServiceProvider, pending.Item, failure))
                {
                    continue;
                }

                pending.Done.TrySetException(failure);
                return;
            }
        }
    }

    private async Task WriteAsync(List<TItem> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var turn = await gate.EnterAsync(CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await InsertAsync(db, batch);
        await transaction.CommitAsync();
    }
}
