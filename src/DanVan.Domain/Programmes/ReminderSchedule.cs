namespace DanVan.Domain.Programmes;

/// <summary>
/// Which deadline reminder a task's owner is owed on a day. Only open tasks (not started, in
/// progress or paused) with a deadline get reminders. A reminder is owed from its day on, so a job
/// that missed days still sends it, but a later reminder replaces an earlier one not yet sent: a
/// task given a deadline one day away gets "due tomorrow" only, never "due soon" as well, and an
/// overdue task only the overdue one. Whatever the kind, word the message with the days left on the day it goes out
/// (<see cref="TaskDeadline.Describe"/>): a "due tomorrow" reminder sent late, on the deadline day, should say "hạn cuối hôm nay".
/// </summary>
public static class ReminderSchedule
{
    private static readonly ReminderKind[] LatestFirst = [ReminderKind.Overdue, ReminderKind.DueTomorrow, ReminderKind.DueSoon];

    /// <summary>The day a reminder of a kind is first due.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="deadline">The task's last day.</param>
    /// <returns>Seven days before, the day before, or the day after the deadline.</returns>
    public static DateOnly SendOn(ReminderKind kind, DateOnly deadline) => kind switch
    {
        ReminderKind.DueSoon => deadline.AddDays(-TaskDeadline.DueSoonDays),
        ReminderKind.DueTomorrow => deadline.AddDays(-1),
        ReminderKind.Overdue => deadline.AddDays(1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Loại nhắc việc không hợp lệ."),
    };

    /// <summary>
    /// The deadlines of the tasks that become owed a new reminder after <paramref name="after"/>, up
    /// to and including <paramref name="through"/>: those with a kind's day (<see cref="SendOn"/>) in
    /// between. For any other unchanged task, <see cref="Due"/> on <paramref name="through"/> gives
    /// the reminder it already gave on <paramref name="after"/>, so a job that finished
    /// <paramref name="after"/> need only look at these deadlines and at the tasks changed since.
    /// </summary>
    /// <param name="after">The last day already done.</param>
    /// <param name="through">The day to do, in Vietnam.</param>
    /// <returns>Disjoint ranges in order; none when <paramref name="through"/> is not after <paramref name="after"/>.</returns>
    public static IReadOnlyList<DeadlineRange> NewlyDue(DateOnly after, DateOnly through)
    {
        if (through <= after)
        {
            return [];
        }

        // SendOn moves with the deadline, so a kind's days (after, through] are a range of deadlines shifted by the kind's lead.
        var ranges = LatestFirst
            .Select(kind => (First: DeadlineSentOn(kind, after.AddDays(1)), Last: DeadlineSentOn(kind, through)))
            .OrderBy(r => r.First)
            .ToList();
        var merged = new List<DeadlineRange>();
        foreach (var (first, last) in ranges)
        {
            if (merged.Count > 0 && first.DayNumber <= merged[^1].Last.DayNumber + 1)
            {
                merged[^1] = merged[^1] with { Last = last > merged[^1].Last ? last : merged[^1].Last };
            }
            else
            {
                merged.Add(new DeadlineRange(first, last));
            }
        }

        return merged;
    }

    /// <summary>
    /// The reminders owed as of <paramref name="today"/>: none, or the latest kind whose day has come.
    /// The caller sends those whose <see cref="TaskReminder.Key"/> is not stored yet.
    /// </summary>
    /// <param name="taskId">The task.</param>
    /// <param name="deadline">Its last day, or <c>null</c> when it has none.</param>
    /// <param name="status">Its status.</param>
    /// <param name="today">The day, in Vietnam.</param>
    /// <returns>Zero or one reminder.</returns>
    public static IReadOnlyList<TaskReminder> Due(long taskId, DateOnly? deadline, WorkTaskStatus status, DateOnly today)
    {
        if (deadline is not { } due || !WorkTaskStatusNames.IsOpen(status))
        {
            return [];
        }

        foreach (var kind in LatestFirst)
        {
            if (SendOn(kind, due) <= today)
            {
                return [new TaskReminder(taskId, kind, due)];
            }
        }

        return [];
    }

    // The deadline whose reminder of a kind is first due on a day: SendOn read backwards.
    private static DateOnly DeadlineSentOn(ReminderKind kind, DateOnly day) => day.AddDays(day.DayNumber - SendOn(kind, day).DayNumber);
}
