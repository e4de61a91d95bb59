using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Jobs;

/// <summary>
/// Lets one run of a job at a time go ahead, whichever instance it is on: a run takes the job's
/// row with one conditional UPDATE, which both SQLite (one writer) and PostgreSQL (the row lock,
/// then the condition checked again) let only one of several simultaneous runs win. The lease
/// lapses by itself, so a run that dies holding it delays the next one by at most its length.
/// </summary>
public sealed class JobLease(AppDbContext db, WriteGate gate, TimeProvider clock)
{
    /// <summary>A holder id for one run: machine, process and a fresh id, so two runs in one process exclude each other too.</summary>
    public static string NewHolder() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes the job's lease for <paramref name="length"/> unless another run holds it; returns the job's state when taken.</summary>
    public async Task<JobState?> TryAcquireAsync(string name, string holder, TimeSpan length, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + length;
        int taken;
        using (await gate.EnterAsync(cancellationToken))
        {
            await AddStateAsync(db, name, cancellationToken);
            taken = await db.JobStates
                .Where(j => j.Name == name && (j.LeaseUntil == null || j.LeaseUntil < now || j.LeaseHolder == holder))
                .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseHolder, holder).SetProperty(j => j.LeaseUntil, until), cancellationToken);
        }

        return taken == 1 ? await db.JobStates.AsNoTracking().SingleAsync(j => j.Name == name, cancellationToken) : null;
    }

    /// <summary>
    /// Adds the job's row unless it exists: 1 if this call added it, 0 if it was there. The row exists
    /// once and forever; ON CONFLICT lets simultaneous first runs both try to add it.
    /// </summary>
    public static Task<int> AddStateAsync(AppDbContext db, string name, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(JobState))!;
        var column = entity.FindProperty(nameof(JobState.Name))!.GetColumnName();
        var insert = "INSERT INTO \"" + entity.GetTableName() + "\" (\"" + column + "\") VALUES ({0}) ON CONFLICT (\"" + column + "\") DO NOTHING";
        return db.Database.ExecuteSqlRawAsync(insert, [name], cancellationToken);
    }

    /// <summary>Records a finished run (the day done and when the run started) and frees the lease; <c>false</c> if the lease was lost meanwhile.</summary>
    public async Task<bool> CompleteAsync(string name, string holder, DateOnly day, DateTime startedAt, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        return await db.JobStates
            .Where(j => j.Name == name && j.LeaseHolder == holder)
            .ExecuteUpdateAsync(
                set => set.SetProperty(j => j.LastDay, day).SetProperty(j => j.LastRunAt, startedAt)
                    .SetProperty(j => j.LeaseHolder, (string?)null).SetProperty(j => j.LeaseUntil, (DateTime?)null),
                cancellationToken) == 1;
    }

    /// <summary>Frees the lease without recording progress, after a failed run.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        await db.JobStates
            .Where(j => j.Name == name && j.LeaseHolder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseHolder, (string?)null).SetProperty(j => j.LeaseUntil, (DateTime?)null), cancellationToken);
    }
}
