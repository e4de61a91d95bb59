using System.Data.Common;
using System.Globalization;
using System.Text;
using DanVan.Data;
using DanVan.Data.Jobs;
using DanVan.Data.Notifications;
using DanVan.Data.Programmes;
using DanVan.Domain.Accounts;
using DanVan.Domain.Programmes;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace DanVan.Web.Features.Notifications;

/// <summary>
/// Creates the deadline reminders that have become owed (<see cref="ReminderSchedule"/>) for the
/// officers and leaders of each open task's lead organisation. One run at a time, across every
/// instance, holds the job's lease (<see cref="JobLease"/>); a run that finds it held does nothing.
/// A run reads only the tasks whose reminder day came since the last complete run's day
/// (<see cref="ReminderSchedule.NewlyDue"/>) and the tasks changed since that run started (a new
/// deadline, a reopened task), each once; the first run ever reads every open task owed one. Each
/// message is still inserted with its unique key and ON CONFLICT DO NOTHING, so an overlap between
/// runs, or a run that died before recording its day, never creates a reminder twice.
/// </summary>
public sealed class TaskReminders(AppDbContext db, WriteGate gate, JobLease lease, TimeProvider clock, ILogger<TaskReminders> logger)
{
    /// <summary>The job's row in the job state table.</summary>
    public const string JobName = "task-reminders";

    // Longer than any run (about a second nationally); a run that dies holding it delays the next by this much at most.
    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(10);

    // Changes are looked for from a little before the last run started: a task saved just before
    // that may have committed only after the run read, and another instance's clock may run behind.
    // Up to a little after this run's start, so that consecutive runs' windows tile time even for a
    // change stamped in the future (imported or seeded data): it is read when its time comes.
    private static readonly TimeSpan ChangeOverlap = TimeSpan.FromMinutes(5);

    // Tasks per transaction (and per read of their recipients): about 40,000 reminders at the usual
    // two recipients a task, about a second of the write gate; a day change is one or two of them.
    private const int Batch = 20_000;
    // Rows per statement.
    private const int RowsPerInsert = 50;

    private static readonly WorkTaskStatus[] OpenStatuses = [WorkTaskStatus.NotStarted, WorkTaskStatus.InProgress, WorkTaskStatus.Paused];
    private static readonly OrganizationRole[] Recipients = [OrganizationRole.Officer, OrganizationRole.Leader];

    private sealed record Candidate(long Id, string Title, DateOnly? DueOn, WorkTaskStatus Status, int OrganizationId);

    private sealed record Row(string UserId, string Key, string Title, string Body, string Link, int OrganizationId);

    /// <summary>One run, if no other holds the lease: creates the reminders owed since the last run.</summary>
    public async Task<ReminderRun> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var holder = JobLease.NewHolder();
        if (await lease.TryAcquireAsync(JobName, holder, LeaseLength, cancellationToken) is not { } state)
        {
            logger.LogDebug("Deadline reminders for {Day} skipped: another run holds the lease", today);
            return new ReminderRun(false, today, null, 0, 0);
        }

        try
        {
            var after = state is { LastDay: { } day, LastRunAt: not null } ? day : (DateOnly?)null;
            var tasks = await CandidatesAsync(state, now, today, cancellationToken);
            var created = 0;
            foreach (var batch in tasks.Chunk(Batch))
            {
                created += await RemindAsync(batch, now, today, cancellationToken);
            }

            // A clock behind another instance's must not take the recorded day back.
            if (!await lease.CompleteAsync(JobName, holder, after > today ? after.Value : today, now, cancellationToken))
            {
                logger.LogWarning("Deadline reminder run for {Day} outlasted its lease; the next run covers the same days again", today);
            }

            if (created > 0)
            {
                logger.LogInformation("Created {NotificationCount} deadline reminder(s) for {Day} from {TaskCount} task(s)", created, today, tasks.Count);
            }

            return new ReminderRun(true, today, after, tasks.Count, created);
        }
        catch
        {
            await lease.ReleaseAsync(JobName, holder, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// The open tasks with a deadline that may be owed a reminder they have not had, in one statement:
    /// after a complete run, those whose deadline lies in <see cref="ReminderSchedule.NewlyDue"/>'s
    /// ranges (each a range of the (status, deadline) index) and those changed since (the
    /// UpdatedAt index); before any, every open one due by the reminder horizon.
    /// </summary>
    private async Task<List<Candidate>> CandidatesAsync(JobState state, DateTime now, DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(TaskDeadline.DueSoonDays);
        var open = db.WorkTasks.AsNoTracking().Where(t => OpenStatuses.Contains(t.Status) && t.DueOn != null && t.DueOn <= horizon);
        var candidates = open.Select(t => new { t.Id, t.Title, t.DueOn, t.Status, t.OrganizationId });
        if (state is { LastDay: { } after, LastRunAt: { } lastRunAt })
        {
            var since = lastRunAt - ChangeOverlap;
            var until = now + ChangeOverlap;
            // Only the window here, so the branch is a range of the UpdatedAt index (given the status
            // and deadline as well, SQLite reads the (status, deadline) index instead); the few closed
            // or far-off tasks it brings are owed nothing by ReminderSchedule.Due.
            candidates = db.WorkTasks.AsNoTracking().Where(t => t.UpdatedAt > since && t.UpdatedAt <= until)
                .Select(t => new { t.Id, t.Title, t.DueOn, t.Status, t.OrganizationId });
            foreach (var range in ReminderSchedule.NewlyDue(after, today))
            {
                var (first, last) = (range.First, range.Last);
                candidates = candidates.Concat(open.Where(t => t.DueOn >= first && t.DueOn <= last)
                    .Select(t => new { t.Id, t.Title, t.DueOn, t.Status, t.OrganizationId }));
            }
        }

        var rows = await candidates.ToListAsync(cancellationToken);
        // A changed task may also lie in a range: UNION ALL keeps each branch on its own index, and duplicates go here.
        return [.. rows.DistinctBy(t => t.Id).Select(t => new Candidate(t.Id, t.Title, t.DueOn, t.Status, t.OrganizationId))];
    }

    private async Task<int> RemindAsync(IReadOnlyList<Candidate> tasks, DateTime now, DateOnly today, CancellationToken cancellationToken)
    {
        var organizations = tasks.Select(t => t.OrganizationId).Distinct().ToList();
        // One parameter for the list (json_each on SQLite, an array on PostgreSQL): EF's default,
        // a parameter per organisation, made SQLite look up thousands of names one by one.
        var people = (await db.RoleAssignments.AsNoTracking()
                .Where(r => EF.Parameter(organizations).Contains(r.OrganizationId) && Recipients.Contains(r.Role))
                .Select(r => new { r.OrganizationId, r.UserId }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(r => r.OrganizationId, r => r.UserId);
        var rows = new List<Row>();
        foreach (var task in tasks)
        {
            foreach (var reminder in ReminderSchedule.Due(task.Id, task.DueOn, task.Status, today))
            {
                var (title, body) = Message(task.Title, reminder, today);
                rows.AddRange(people[task.OrganizationId].Distinct().Select(userId =>
                    new Row(userId, $"{reminder.Key}:user:{userId}", title, body, $"/Tasks/{task.Id.ToString(CultureInfo.InvariantCulture)}", task.OrganizationId)));
            }
        }

        return await InsertAsync(rows, now, cancellationToken);
    }

    /// <summary>The reminder's title and body, worded with the days left on the day it goes out.</summary>
    public static (string Title, string Body) Message(string taskTitle, TaskReminder reminder, DateOnly today)
    {
        var prefix = reminder.Kind == ReminderKind.Overdue ? "Nhiệm vụ quá hạn: " : "Nhiệm vụ sắp đến hạn: ";
        var title = prefix + taskTitle;
        if (title.Length > 300)
        {
            title = title[..299] + "…";
        }

        var body = $"{ReminderKindNames.Of(reminder.Kind)}: hạn hoàn thành {DateInput.Show(reminder.Deadline)}, {TaskDeadline.Describe(TaskDeadline.DaysLeft(reminder.Deadline, today))}. Vui lòng cập nhật tiến độ hoặc báo cáo khó khăn.";
        return (title, body);
    }

    // INSERT … ON CONFLICT ("Key") DO NOTHING: both SQLite (3.24+) and PostgreSQL skip keys
    // already stored, even by another instance at the same moment. A batch's rows go in one
    // transaction and one turn of the write gate: a day change writes tens of thousands
    // nationally, and each commit writes every index page the batch touched (the keys and the
    // people are spread over the whole of the Notifications indexes), so fewer, larger
    // transactions write each page fewer times.
    private async Task<int> InsertAsync(List<Row> rows, DateTime now, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        using var turn = await gate.EnterAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var created = db.Database.IsNpgsql()
                ? await InsertManyAsync(rows, now, transaction.GetDbTransaction(), cancellationToken)
                : InsertSqlite(rows, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return created;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // SQLite runs in the process: statements of RowsPerInsert rows, prepared once and bound by
    // position through SQLite's own API. Microsoft.Data.Sqlite binds each parameter by its name,
    // which SQLite finds with a linear search of the statement's parameters (a multi-row
    // statement's binding grew with the square of its rows), and wraps every execution in a
    // reader; a statement per row instead paid SQLite's per-statement work on every row.
    private int InsertSqlite(List<Row> rows, DateTime now, CancellationToken cancellationToken)
    {
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        // As Microsoft.Data.Sqlite writes a DateTime, so the column reads back the same.
        var createdAt = now.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);
        sqlite3_stmt? full = null;
        var created = 0;
        try
        {
            foreach (var chunk in rows.Chunk(RowsPerInsert))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var statement = chunk.Length == RowsPerInsert ? full ??= Prepare(handle, RowsPerInsert) : Prepare(handle, chunk.Length);
                try
                {
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        var r = chunk[i];
                        var at = i * Columns.Length;
                        Check(handle, raw.sqlite3_bind_text(statement, at + 1, r.UserId));
                        Check(handle, raw.sqlite3_bind_text(statement, at + 2, r.Key));
                        Check(handle, raw.sqlite3_bind_text(statement, at + 3, r.Title));
                        Check(handle, raw.sqlite3_bind_text(statement, at + 4, r.Body));
                        Check(handle, raw.sqlite3_bind_text(statement, at + 5, r.Link));
                        Check(handle, raw.sqlite3_bind_int64(statement, at + 6, r.OrganizationId));
                        Check(handle, raw.sqlite3_bind_text(statement, at + 7, createdAt));
                    }

                    var done = raw.sqlite3_step(statement);
                    if (done != raw.SQLITE_DONE)
                    {
                        Check(handle, done);
                    }

                    created += raw.sqlite3_changes(handle);
                }
                finally
                {
                    raw.sqlite3_reset(statement);
                    if (statement != full)
                    {
                        statement.Dispose();
                    }
                }
            }
        }
        finally
        {
            full?.Dispose();
        }

        return created;
    }

    private sqlite3_stmt Prepare(sqlite3 handle, int rowCount)
    {
        var values = "(" + string.Join(", ", Enumerable.Repeat("?", Columns.Length)) + ")";
        Check(handle, raw.sqlite3_prepare_v2(handle, InsertInto() + string.Join(", ", Enumerable.Repeat(values, rowCount)) + OnConflict(), out var statement));
        return statement;
    }

    private static void Check(sqlite3 handle, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, handle);
        }
    }

    // PostgreSQL is a round trip away: multi-row statements, one command re-bound for each full chunk.
    private async Task<int> InsertManyAsync(List<Row> rows, DateTime now, DbTransaction transaction, CancellationToken cancellationToken)
    {
        DbCommand? full = null;
        var created = 0;
        try
        {
            foreach (var chunk in rows.Chunk(RowsPerInsert))
            {
                var command = chunk.Length == RowsPerInsert ? full ??= Command(RowsPerInsert, transaction) : Command(chunk.Length, transaction);
                for (var i = 0; i < chunk.Length; i++)
                {
                    var r = chunk[i];
                    object[] values = [r.UserId, r.Key, r.Title, r.Body, r.Link, r.OrganizationId, now];
                    for (var k = 0; k < values.Length; k++)
                    {
                        command.Parameters[(i * values.Length) + k].Value = values[k];
                    }
                }

                created += await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        return created;
    }

    private static readonly string[] Columns = [nameof(Notification.UserId), nameof(Notification.Key), nameof(Notification.Title), nameof(Notification.Body), nameof(Notification.Link), nameof(Notification.OrganizationId), nameof(Notification.CreatedAt)];

    private string Column(string property) => $"\"{db.Model.FindEntityType(typeof(Notification))!.FindProperty(property)!.GetColumnName()}\"";

    private string InsertInto() => $"INSERT INTO \"{db.Model.FindEntityType(typeof(Notification))!.GetTableName()}\" ({string.Join(", ", Columns.Select(Column))}) VALUES ";

    private string OnConflict() => $" ON CONFLICT ({Column(nameof(Notification.Key))}) DO NOTHING";

    private DbCommand Command(int rowCount, DbTransaction transaction)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder(InsertInto());
        for (var i = 0; i < rowCount; i++)
        {
            sql.Append(i == 0 ? "(" : ", (");
            for (var k = 0; k < Columns.Length; k++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{(i * Columns.Length) + k}");
                command.Parameters.Add(parameter);
                sql.Append(k == 0 ? string.Empty : ", ").Append(parameter.ParameterName);
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append(OnConflict()).ToString();
        return command;
    }
}
