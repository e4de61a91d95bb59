using System.Globalization;
using System.Text;
using DanVan.Data;
using DanVan.Data.Notifications;
using DanVan.Domain.Accounts;
using DanVan.Domain.Programmes;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Notifications;

/// <summary>
/// Creates the deadline reminders owed today (<see cref="ReminderSchedule"/>) for the officers and
/// leaders of each open task's lead organisation. Everything is read from the database and each
/// message is inserted with its unique key and ON CONFLICT DO NOTHING, so any number of instances,
/// runs and restarts create each reminder exactly once; a new deadline has new keys.
/// </summary>
public sealed class TaskReminders(AppDbContext db, WriteGate gate, TimeProvider clock, ILogger<TaskReminders> logger)
{
    private const int Batch = 500;
    private const int RowsPerInsert = 100;

    private static readonly WorkTaskStatus[] OpenStatuses = [WorkTaskStatus.NotStarted, WorkTaskStatus.InProgress, WorkTaskStatus.Paused];
    private static readonly OrganizationRole[] Recipients = [OrganizationRole.Officer, OrganizationRole.Leader];

    private sealed record Row(string UserId, string Key, string Title, string Body, string Link, int OrganizationId);

    /// <summary>One pass over the open tasks with a deadline within the reminder window; returns how many messages it created.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var horizon = today.AddDays(TaskDeadline.DueSoonDays);
        var created = 0;
        long after = 0;
        while (true)
        {
            var tasks = await db.WorkTasks.AsNoTracking()
                .Where(t => t.Id > after && OpenStatuses.Contains(t.Status) && t.DueOn != null && t.DueOn <= horizon)
                .OrderBy(t => t.Id).Take(Batch)
                .Select(t => new { t.Id, t.Title, t.DueOn, t.Status, t.OrganizationId })
                .ToListAsync(cancellationToken);
            if (tasks.Count == 0)
            {
                break;
            }

            after = tasks[^1].Id;
            var organizations = tasks.Select(t => t.OrganizationId).Distinct().ToList();
            var people = (await db.RoleAssignments.AsNoTracking()
                    .Where(r => organizations.Contains(r.OrganizationId) && Recipients.Contains(r.Role))
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

            foreach (var chunk in rows.Chunk(RowsPerInsert))
            {
                created += await InsertAsync(chunk, now, cancellationToken);
            }
        }

        if (created > 0)
        {
            logger.LogInformation("Created {NotificationCount} deadline reminder(s) for {Day}", created, today);
        }

        return created;
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

    // One multi-row INSERT … ON CONFLICT ("Key") DO NOTHING: both SQLite (3.24+) and PostgreSQL skip keys already stored, even by another instance at the same moment.
    private async Task<int> InsertAsync(IReadOnlyList<Row> rows, DateTime now, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(Notification))!;
        var table = entity.GetTableName()!;
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName()}\"";
        var columns = new[] { nameof(Notification.UserId), nameof(Notification.Key), nameof(Notification.Title), nameof(Notification.Body), nameof(Notification.Link), nameof(Notification.OrganizationId), nameof(Notification.CreatedAt) };
        var sql = new StringBuilder($"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(Column))}) VALUES ");
        var parameters = new List<object>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var first = parameters.Count;
            parameters.AddRange([r.UserId, r.Key, r.Title, r.Body, r.Link, r.OrganizationId, now]);
            sql.Append(i == 0 ? "(" : ", (").AppendJoin(", ", Enumerable.Range(first, columns.Length).Select(n => $"{{{n}}}")).Append(')');
        }

        sql.Append(" ON CONFLICT (").Append(Column(nameof(Notification.Key))).Append(") DO NOTHING");
        using var turn = await gate.EnterAsync(cancellationToken);
        return await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }
}
