using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Jobs;
using DanVan.Domain.Accounts;
using DanVan.Domain.Programmes;
using DanVan.Domain.Reporting;
using DanVan.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bench;

/// <summary>
/// <c>reminder-run</c>: the app's reminder job (<see cref="TaskReminders.RunAsync"/>) as its timer
/// runs it, on a clock the bench moves: a first run ever the day before today, which creates every
/// reminder owed, then for several days the first run of the day (a day change) and runs every 5
/// minutes after it on the same day. Measured at the data set's tasks and again with a copy of each
/// task added (removed afterwards): wall and process CPU time per run. The baseline is a
/// hand-written read of the same candidates. Each day change's reminders are checked against a
/// from-scratch computation: every open task's reminder owed that day for each recipient, less
/// those already stored.
/// </summary>
internal sealed class ReminderRunBench(BenchOptions options, TextWriter log)
{
    private const string CopyMarker = "bench-reminder-copy";

    public async Task<(List<string> Lines, List<string> Mismatches)> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var mismatches = new List<string>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await ClearAsync(db, cancellationToken);
        try
        {
            foreach (var copy in (bool[])[false, true])
            {
                if (copy)
                {
                    var stopwatch = Stopwatch.StartNew();
                    var copied = await CopyTasksAsync(db, cancellationToken);
                    log.WriteLine(FormattableString.Invariant($"reminder-run: copied {copied} tasks in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
                }

                await MeasureAsync(scope.ServiceProvider, db, lines, mismatches, cancellationToken);
                await ClearRemindersAsync(db, cancellationToken);
            }
        }
        finally
        {
            await ClearAsync(db, cancellationToken);
        }

        return (lines, mismatches);
    }

    private async Task MeasureAsync(IServiceProvider services, AppDbContext db, List<string> lines, List<string> mismatches, CancellationToken cancellationToken)
    {
        var tasks = await db.WorkTasks.CountAsync(cancellationToken);
        var clock = new BenchClock();
        // The days start after the data set was built: its tasks were all written then, and a day
        // whose window of changes held the build would read them all as changed.
        var now = DateTime.UtcNow;
        var built = await db.WorkTasks.Where(t => t.UpdatedAt <= now).MaxAsync(t => t.UpdatedAt, cancellationToken);
        var today = ReportSchedule.VietnamDay(built).AddDays(2);
        var days = Math.Clamp(options.Runs / 20, 3, 10);
        const int SameDayRuns = 5;

        // The first run ever: every reminder owed the day before, as when the job is deployed.
        clock.Set(today.AddDays(-1), 12);
        var (first, firstWall, firstCpu) = await TimedAsync(services, clock, cancellationToken);
        log.WriteLine(FormattableString.Invariant($"reminder-run: tasks={tasks} first run ever ({today.AddDays(-1):yyyy-MM-dd}): read {first.TasksRead}, created {first.Created}, {firstWall:0} ms, cpu {firstCpu:0} ms"));

        var dayChange = new Figures();
        var sameDay = new Figures();
        for (var d = 0; d < days; d++)
        {
            var day = today.AddDays(d);
            var expected = await OwedAsync(db, day, cancellationToken);
            var state = await db.JobStates.AsNoTracking().SingleAsync(j => j.Name == TaskReminders.JobName, cancellationToken);
            clock.Set(day, 6);
            var (run, wall, cpu) = await TimedAsync(services, clock, cancellationToken);
            var created = await CreatedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (!created.SetEquals(expected))
            {
                mismatches.Add(FormattableString.Invariant($"{day:yyyy-MM-dd}: created {created.Count}, from scratch {expected.Count}, {created.Except(expected).Count()} unexpected, {expected.Except(created).Count()} missing"));
            }

            dayChange.Add(wall, cpu, await BaselineAsync(db, state, clock.GetUtcNow().UtcDateTime, day, cancellationToken));
            log.WriteLine(FormattableString.Invariant($"reminder-run: tasks={tasks} {day:yyyy-MM-dd} day change: read {run.TasksRead}, created {run.Created} (from scratch {expected.Count}), {wall:0.0} ms, cpu {cpu:0.0} ms"));
            for (var k = 1; k <= SameDayRuns; k++)
            {
                state = await db.JobStates.AsNoTracking().SingleAsync(j => j.Name == TaskReminders.JobName, cancellationToken);
                clock.Set(day, 6, 5 * k);
                var (again, againWall, againCpu) = await TimedAsync(services, clock, cancellationToken);
                if (again.Created != 0)
                {
                    mismatches.Add(FormattableString.Invariant($"{day:yyyy-MM-dd}: a same-day run created {again.Created}"));
                }

                sameDay.Add(againWall, againCpu, await BaselineAsync(db, state, clock.GetUtcNow().UtcDateTime, day, cancellationToken));
            }
        }

        lines.Add(dayChange.Line("reminder-run-day-change", options.Provider, tasks));
        lines.Add(sameDay.Line("reminder-run-same-day", options.Provider, tasks));
    }

    // One run in a scope of its own, as the job's timer makes one; wall and process CPU time in ms.
    private static async Task<(ReminderRun Run, double WallMs, double CpuMs)> TimedAsync(IServiceProvider services, BenchClock clock, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var jobDb = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var gate = scope.ServiceProvider.GetRequiredService<WriteGate>();
        var job = new TaskReminders(jobDb, gate, new JobLease(jobDb, gate, clock), clock, scope.ServiceProvider.GetRequiredService<ILogger<TaskReminders>>());
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var run = await job.RunAsync(cancellationToken);
        var wall = stopwatch.Elapsed.TotalMilliseconds;
        process.Refresh();
        if (!run.Ran)
        {
            throw new InvalidOperationException("The reminder job's lease is held: is another bench or app running on this database?");
        }

        return (run, wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    /// <summary>From scratch: for every open task, the reminder owed on the day for each officer and leader of its lead, less those stored.</summary>
    private static async Task<HashSet<string>> OwedAsync(AppDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var people = (await db.RoleAssignments.AsNoTracking()
                .Where(r => r.Role == OrganizationRole.Officer || r.Role == OrganizationRole.Leader)
                .Select(r => new { r.OrganizationId, r.UserId }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(r => r.OrganizationId, r => r.UserId);
        var stored = (await db.Notifications.AsNoTracking().Where(n => n.Key.StartsWith("task:")).Select(n => n.Key).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var owed = new HashSet<string>(StringComparer.Ordinal);
        var tasks = await db.WorkTasks.AsNoTracking().Select(t => new { t.Id, t.DueOn, t.Status, t.OrganizationId }).ToListAsync(cancellationToken);
        foreach (var task in tasks)
        {
            foreach (var reminder in ReminderSchedule.Due(task.Id, task.DueOn, task.Status, day))
            {
                owed.UnionWith(people[task.OrganizationId].Select(user => $"{reminder.Key}:user:{user}").Where(key => !stored.Contains(key)));
            }
        }

        return owed;
    }

    private static async Task<HashSet<string>> CreatedAsync(AppDbContext db, DateTime at, CancellationToken cancellationToken) =>
        (await db.Notifications.AsNoTracking().Where(n => n.CreatedAt == at && n.Key.StartsWith("task:")).Select(n => n.Key).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The same candidates read by hand-written SQL: one branch per range of newly due deadlines on
    /// the (status, deadline) index and one for the changed tasks on the UpdatedAt index, UNION ALL.
    /// </summary>
    private static async Task<double> BaselineAsync(AppDbContext db, JobState state, DateTime now, DateOnly day, CancellationToken cancellationToken)
    {
        var horizon = day.AddDays(TaskDeadline.DueSoonDays);
        const string Columns = "SELECT \"Id\", \"Title\", \"DueOn\", \"Status\", \"OrganizationId\" FROM \"WorkTasks\" WHERE ";
        var branches = new List<string> { Columns + "\"UpdatedAt\" > @since AND \"UpdatedAt\" <= @until" };
        var ranges = ReminderSchedule.NewlyDue(state.LastDay!.Value, day);
        branches.AddRange(ranges.Select((_, i) => Columns + $"\"Status\" IN (1, 2, 4) AND \"DueOn\" <= @h AND \"DueOn\" >= @f{i} AND \"DueOn\" <= @l{i}"));
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = string.Join(" UNION ALL ", branches);
        Add(command, "h", horizon);
        Add(command, "since", state.LastRunAt!.Value.AddMinutes(-5));
        Add(command, "until", now.AddMinutes(5));
        for (var i = 0; i < ranges.Count; i++)
        {
            Add(command, $"f{i}", ranges[i].First);
            Add(command, $"l{i}", ranges[i].Last);
        }

        var stopwatch = Stopwatch.StartNew();
        var ids = new HashSet<long>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
                _ = reader.GetString(1);
            }
        }

        return stopwatch.Elapsed.TotalMilliseconds;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A copy of every task of the data set, marked so it can be removed: twice the tasks, with the same deadlines and leads.</summary>
    private static async Task<int> CopyTasksAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(Data.Programmes.WorkTask))!;
        var columns = entity.GetProperties().Where(p => p.Name != nameof(Data.Programmes.WorkTask.Id)).Select(p => p.GetColumnName()).ToList();
        var created = entity.FindProperty(nameof(Data.Programmes.WorkTask.CreatedBy))!.GetColumnName();
        var select = columns.Select(c => c == created ? "@marker" : $"\"{c}\"");
        var sql = $"INSERT INTO \"WorkTasks\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", select)} FROM \"WorkTasks\" ORDER BY \"Id\"";
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        Add(command, "marker", CopyMarker);
        var copied = await command.ExecuteNonQueryAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"WorkTasks\"", cancellationToken);
        }

        return copied;
    }

    private static async Task ClearRemindersAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.Notifications.Where(n => n.Key.StartsWith("task:")).ExecuteDeleteAsync(cancellationToken);
        await db.JobStates.Where(j => j.Name == TaskReminders.JobName).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task ClearAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await ClearRemindersAsync(db, cancellationToken);
        await db.WorkTasks.Where(t => t.CreatedBy == CopyMarker).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Wall time, CPU time and the baseline's time of each run.</summary>
    private sealed class Figures
    {
        private readonly List<double> _wall = [];
        private readonly List<double> _cpu = [];
        private readonly List<double> _baseline = [];

        public void Add(double wall, double cpu, double baseline)
        {
            _wall.Add(wall);
            _cpu.Add(cpu);
            _baseline.Add(baseline);
        }

        public string Line(string name, string provider, int tasks)
        {
            var p95 = Percentile.Of(_wall, 0.95);
            var baseline = Percentile.Of(_baseline, 0.95);
            return string.Create(CultureInfo.InvariantCulture,
                $"bench: {name} provider={provider} tasks={tasks} n={_wall.Count} p50_ms={Percentile.Of(_wall, 0.5):0.00} p95_ms={p95:0.00} cpu_p50_ms={Percentile.Of(_cpu, 0.5):0.00} cpu_p95_ms={Percentile.Of(_cpu, 0.95):0.00} baseline_p95_ms={baseline:0.00} ratio={p95 / baseline:0.00}");
        }
    }
}
