using DanVan.Data;
using DanVan.Domain.Programmes;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Programmes;

/// <summary>
/// How every change to tasks is written: one transaction that also rolls the progress up to the
/// parent and its ancestors, retried when another save changed one of those tasks meanwhile.
/// </summary>
public sealed class TaskWrites(AppDbContext db, WriteGate gate, TimeProvider clock)
{
    private const int Attempts = 3;

    public const string ConflictMessage = "Nhiệm vụ vừa được người khác cập nhật; thay đổi của bạn chưa được ghi. Hãy tải lại trang để xem bản mới nhất rồi thực hiện lại.";

    /// <summary>Runs a change in a transaction; a concurrency conflict starts it again from a clean slate, a few times.</summary>
    public async Task<CommandResult<T>> RunAsync<T>(Func<CancellationToken, Task<CommandResult<T>>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var turn = await gate.EnterAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await change(cancellationToken);
                if (result.Status == CommandStatus.Ok)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }

                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return CommandResult<T>.Conflict(ConflictMessage);
            }
        }
    }

    /// <summary>
    /// Recomputes the progress of <paramref name="parentId"/> from its sub-tasks as saved, then of
    /// its parent, up to the top or to the first task whose figure does not change.
    /// </summary>
    public async Task RollUpAsync(long? parentId, CancellationToken cancellationToken)
    {
        var seen = new HashSet<long>();
        while (parentId is { } id && seen.Add(id))
        {
            var parent = await db.WorkTasks.SingleAsync(t => t.Id == id, cancellationToken);
            var progress = await ProgressOfAsync(id, parent.ReportedProgress, cancellationToken);
            if (progress == parent.Progress)
            {
                return;
            }

            parent.Progress = progress;
            parent.Revision++;
            parent.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            parentId = parent.ParentId;
        }
    }

    /// <summary>A task's progress as shown: its own, or the roll-up of its saved sub-tasks.</summary>
    public async Task<int> ProgressOfAsync(long taskId, int ownProgress, CancellationToken cancellationToken)
    {
        var subTasks = await db.WorkTasks.AsNoTracking().Where(t => t.ParentId == taskId)
            .Select(t => new SubTaskProgress(t.Progress, t.Status, t.Weight)).ToListAsync(cancellationToken);
        return ProgressRollup.Of(ownProgress, subTasks);
    }
}
