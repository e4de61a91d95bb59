using System.Globalization;
using System.Threading.Channels;
using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Petitions;
using DanVan.Domain.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// Writes new petitions with group commit: the petitions registered at the same moment wait in one
/// queue and one writer inserts them together — petitions, senders, first events, then their audit
/// rows — in one transaction with one commit. Each caller is answered only once its petition is
/// committed, so an acknowledged petition survives a crash. On SQLite the writer takes the process's
/// write turn (<see cref="WriteGate"/>) once a batch instead of once a petition.
/// </summary>
public sealed class PetitionWriter(IServiceScopeFactory scopes, WriteGate gate, ILogger<PetitionWriter> logger) : IDisposable
{
    /// <summary>The most petitions committed together.</summary>
    public const int MaxBatch = 64;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _starting = new();
    private Task? _loop;

    /// <summary>Queues the petition and returns once it is committed with its audit row (made by <paramref name="audit"/> once the petition has its id).</summary>
    public Task WriteAsync(Petition petition, Func<Petition, AuditEntry> audit, CancellationToken cancellationToken)
    {
        Start();
        var pending = new Pending(petition, audit, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The petition writer has stopped.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop?.Wait(TimeSpan.FromSeconds(10));
    }

    private sealed record Pending(Petition Petition, Func<Petition, AuditEntry> Audit, TaskCompletionSource Done);

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
                await WriteAsync(batch);
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception failure)
            {
                // One bad petition (or a tracking code drawn twice) must not fail the others: each is tried alone.
                logger.LogWarning(failure, "A batch of {Count} petitions failed; writing them one by one", batch.Count);
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
            Reset(pending.Petition);
            try
            {
                await WriteAsync([pending]);
                pending.Done.TrySetResult();
                return;
            }
            catch (Exception failure)
            {
                if (failure is DbUpdateException && attempt < 3 && await CodeTakenAsync(pending.Petition.TrackingCode))
                {
                    // The same code drawn twice: draw again and insert the whole petition afresh.
                    pending.Petition.TrackingCode = TrackingCodes.New();
                    continue;
                }

                pending.Done.TrySetException(failure);
                return;
            }
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var turn = await gate.EnterAsync(CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Petitions.AddRange(batch.Select(p => p.Petition));
        await db.SaveChangesAsync();
        db.AuditEntries.AddRange(batch.Select(p => p.Audit(p.Petition)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private async Task<bool> CodeTakenAsync(string code)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Petitions.AnyAsync(p => p.TrackingCode == code);
    }

    // A failed insert may have given the graph ids that were rolled back.
    private static void Reset(Petition petition)
    {
        petition.Id = 0;
        petition.Petitioners.ForEach(p => (p.Id, p.PetitionId) = (0, 0));
        petition.Events.ForEach(e => (e.Id, e.PetitionId) = (0, 0));
    }
}

/// <summary>Who registered a petition, kept from the request for the writer that commits it later.</summary>
internal sealed record CapturedActor(string? UserId, string UserName) : IAuditActor;
