namespace DanVan.Data.Jobs;

/// <summary>
/// A background job's state, shared by every app instance through the database: which run holds
/// it now (a lease that lapses, so a crashed instance never blocks the others for long) and how far
/// the job has got.
/// </summary>
public sealed class JobState
{
    /// <summary>The job, e.g. "task-reminders".</summary>
    public required string Name { get; set; }

    /// <summary>The run holding the lease: machine, process and a run's own id; <c>null</c> when free.</summary>
    public string? LeaseHolder { get; set; }

    /// <summary>When the lease lapses (UTC), whether or not its run has finished.</summary>
    public DateTime? LeaseUntil { get; set; }

    /// <summary>The Vietnam day the job last finished; <c>null</c> before its first complete run.</summary>
    public DateOnly? LastDay { get; set; }

    /// <summary>When that last complete run started (UTC): the watermark for what changed since.</summary>
    public DateTime? LastRunAt { get; set; }
}
