using System.Globalization;

namespace DanVan.Domain.Programmes;

/// <summary>A reminder a task's owner is owed.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Deadline">The deadline it reminds of.</param>
public sealed record TaskReminder(long TaskId, ReminderKind Kind, DateOnly Deadline)
{
    /// <summary>The day the reminder is first due.</summary>
    public DateOnly SendOn => ReminderSchedule.SendOn(Kind, Deadline);

    /// <summary>
    /// The reminder's idempotency key, e.g. "task:42:overdue:2026-12-01": stored with a unique index
    /// so a reminder is sent once however often the job runs, while a new deadline gets fresh ones.
    /// The wording is fixed and independent of the enum's names: stored keys must keep matching.
    /// </summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"task:{TaskId}:{KindCode()}:{Deadline:yyyy-MM-dd}");

    private string KindCode() => Kind switch
    {
        ReminderKind.DueSoon => "due-soon",
        ReminderKind.DueTomorrow => "due-tomorrow",
        ReminderKind.Overdue => "overdue",
        _ => throw new InvalidOperationException($"Loại nhắc việc {(int)Kind} không hợp lệ."),
    };
}
