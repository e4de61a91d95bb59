using System.Globalization;
using DanVan.Domain.Programmes;

namespace DanVan.Domain.Tests.Programmes;

public sealed class TaskDeadlineTests
{
    [Theory]
    // Open tasks, deadline 1/12/2026: due soon from 7 days before, the deadline day included, overdue from the day after.
    [InlineData(WorkTaskStatus.InProgress, "2026-11-23", TaskDeadlineState.OnTrack)]
    [InlineData(WorkTaskStatus.InProgress, "2026-11-24", TaskDeadlineState.DueSoon)]
    [InlineData(WorkTaskStatus.NotStarted, "2026-11-30", TaskDeadlineState.DueSoon)]
    [InlineData(WorkTaskStatus.InProgress, "2026-12-01", TaskDeadlineState.DueSoon)]
    [InlineData(WorkTaskStatus.InProgress, "2026-12-02", TaskDeadlineState.Overdue)]
    [InlineData(WorkTaskStatus.NotStarted, "2027-03-01", TaskDeadlineState.Overdue)]
    // A paused task still runs against its deadline.
    [InlineData(WorkTaskStatus.Paused, "2026-11-01", TaskDeadlineState.OnTrack)]
    [InlineData(WorkTaskStatus.Paused, "2026-11-28", TaskDeadlineState.DueSoon)]
    [InlineData(WorkTaskStatus.Paused, "2026-12-05", TaskDeadlineState.Overdue)]
    // A cancelled task is off the clock whatever the day.
    [InlineData(WorkTaskStatus.Cancelled, "2026-12-05", TaskDeadlineState.Cancelled)]
    public void An_open_task_is_on_track_due_soon_or_overdue(WorkTaskStatus status, string today, TaskDeadlineState state) =>
        TaskDeadline.StateOn(status, Day("2026-12-01"), null, Day(today)).ShouldBe(state);

    [Theory]
    [InlineData("2026-11-15", "2026-12-20", TaskDeadlineState.DoneOnTime)]
    [InlineData("2026-12-01", "2026-12-20", TaskDeadlineState.DoneOnTime)]
    [InlineData("2026-12-02", "2026-12-20", TaskDeadlineState.DoneLate)]
    [InlineData("2027-01-10", "2027-01-10", TaskDeadlineState.DoneLate)]
    [InlineData(null, "2026-12-20", TaskDeadlineState.DoneOnTime)]
    public void A_completed_task_is_judged_by_the_day_it_was_completed_not_by_today(string? completedOn, string today, TaskDeadlineState state) =>
        TaskDeadline.StateOn(WorkTaskStatus.Completed, Day("2026-12-01"), completedOn is null ? null : Day(completedOn), Day(today)).ShouldBe(state);

    [Theory]
    [InlineData(WorkTaskStatus.NotStarted, TaskDeadlineState.None)]
    [InlineData(WorkTaskStatus.InProgress, TaskDeadlineState.None)]
    [InlineData(WorkTaskStatus.Paused, TaskDeadlineState.None)]
    [InlineData(WorkTaskStatus.Completed, TaskDeadlineState.None)]
    [InlineData(WorkTaskStatus.Cancelled, TaskDeadlineState.Cancelled)]
    public void A_task_without_a_deadline_has_none_unless_cancelled(WorkTaskStatus status, TaskDeadlineState state) =>
        TaskDeadline.StateOn(status, null, Day("2026-11-15"), Day("2026-12-20")).ShouldBe(state);

    [Theory]
    [InlineData("2026-11-26", 5, "còn 5 ngày")]
    [InlineData("2026-11-30", 1, "còn 1 ngày")]
    [InlineData("2026-12-01", 0, "hạn cuối hôm nay")]
    [InlineData("2026-12-03", -2, "quá hạn 2 ngày")]
    public void Days_left_are_counted_in_calendar_days_and_worded_in_Vietnamese(string today, int left, string phrase)
    {
        TaskDeadline.DaysLeft(Day("2026-12-01"), Day(today)).ShouldBe(left);
        TaskDeadline.Describe(left).ShouldBe(phrase);
    }

    [Theory]
    [InlineData(TaskDeadlineState.None, "Không có hạn")]
    [InlineData(TaskDeadlineState.OnTrack, "Trong hạn")]
    [InlineData(TaskDeadlineState.DueSoon, "Sắp đến hạn")]
    [InlineData(TaskDeadlineState.Overdue, "Quá hạn")]
    [InlineData(TaskDeadlineState.DoneOnTime, "Hoàn thành đúng hạn")]
    [InlineData(TaskDeadlineState.DoneLate, "Hoàn thành quá hạn")]
    [InlineData(TaskDeadlineState.Cancelled, "Đã hủy")]
    public void Each_deadline_state_has_a_Vietnamese_name(TaskDeadlineState state, string name) =>
        TaskDeadlineStateNames.Of(state).ShouldBe(name);

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
