namespace DanVan.Domain.Programmes;

/// <summary>
/// How a task stands against its deadline (hạn hoàn thành). The deadline is a calendar day and the
/// task has all of it: it is overdue from the next day. An open task runs against its deadline
/// whether started, not started or paused; a completed one is judged by the day it was completed;
/// a cancelled one is off the clock.
/// </summary>
public static class TaskDeadline
{
    /// <summary>An open task this many calendar days from its deadline or fewer is due soon.</summary>
    public const int DueSoonDays = 7;

    /// <summary>How a task stands on a day.</summary>
    /// <param name="status">The task's status.</param>
    /// <param name="deadline">Its last day, or <c>null</c> when it has none.</param>
    /// <param name="completedOn">The day it was completed; when a completed task's day is unknown it is taken as done on time.</param>
    /// <param name="today">The day, in Vietnam.</param>
    /// <returns>The state.</returns>
    public static TaskDeadlineState StateOn(WorkTaskStatus status, DateOnly? deadline, DateOnly? completedOn, DateOnly today) =>
        (status, deadline) switch
        {
            (WorkTaskStatus.Cancelled, _) => TaskDeadlineState.Cancelled,
            (_, null) => TaskDeadlineState.None,
            (WorkTaskStatus.Completed, { } due) => completedOn > due ? TaskDeadlineState.DoneLate : TaskDeadlineState.DoneOnTime,
            (_, { } due) => DaysLeft(due, today) switch
            {
                < 0 => TaskDeadlineState.Overdue,
                <= DueSoonDays => TaskDeadlineState.DueSoon,
                _ => TaskDeadlineState.OnTrack,
            },
        };

    /// <summary>Calendar days from <paramref name="today"/> to the deadline; 0 on the deadline day, negative when overdue.</summary>
    /// <param name="deadline">The last day.</param>
    /// <param name="today">The day, in Vietnam.</param>
    /// <returns>The days left.</returns>
    public static int DaysLeft(DateOnly deadline, DateOnly today) => deadline.DayNumber - today.DayNumber;

    /// <summary>Days left as a Vietnamese phrase: "còn 5 ngày", "hạn cuối hôm nay", "quá hạn 2 ngày".</summary>
    /// <param name="daysLeft">Days left; negative when overdue.</param>
    /// <returns>The phrase.</returns>
    public static string Describe(int daysLeft) => daysLeft switch
    {
        0 => "hạn cuối hôm nay",
        < 0 => $"quá hạn {-daysLeft} ngày",
        _ => $"còn {daysLeft} ngày",
    };
}
