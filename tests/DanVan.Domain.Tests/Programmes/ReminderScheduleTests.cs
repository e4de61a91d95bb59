using System.Globalization;
using DanVan.Domain.Programmes;

namespace DanVan.Domain.Tests.Programmes;

public sealed class ReminderScheduleTests
{
    [Theory]
    // Deadline 1/12/2026.
    [InlineData(WorkTaskStatus.InProgress, "2026-11-23", null)]
    [InlineData(WorkTaskStatus.InProgress, "2026-11-24", ReminderKind.DueSoon)]
    [InlineData(WorkTaskStatus.NotStarted, "2026-11-27", ReminderKind.DueSoon)]
    [InlineData(WorkTaskStatus.InProgress, "2026-11-30", ReminderKind.DueTomorrow)]
    // A job that missed the day before still sends it on the deadline day.
    [InlineData(WorkTaskStatus.InProgress, "2026-12-01", ReminderKind.DueTomorrow)]
    [InlineData(WorkTaskStatus.InProgress, "2026-12-02", ReminderKind.Overdue)]
    [InlineData(WorkTaskStatus.NotStarted, "2027-01-15", ReminderKind.Overdue)]
    // A paused task is still owed; a closed one never gets a reminder.
    [InlineData(WorkTaskStatus.Paused, "2026-11-24", ReminderKind.DueSoon)]
    [InlineData(WorkTaskStatus.Paused, "2026-12-02", ReminderKind.Overdue)]
    [InlineData(WorkTaskStatus.Completed, "2026-11-30", null)]
    [InlineData(WorkTaskStatus.Completed, "2026-12-02", null)]
    [InlineData(WorkTaskStatus.Cancelled, "2026-11-24", null)]
    [InlineData(WorkTaskStatus.Cancelled, "2026-12-02", null)]
    public void An_open_task_is_owed_the_latest_reminder_whose_day_has_come(WorkTaskStatus status, string today, ReminderKind? kind)
    {
        var reminders = ReminderSchedule.Due(42, Day("2026-12-01"), status, Day(today));

        if (kind is null)
        {
            reminders.ShouldBeEmpty();
        }
        else
        {
            reminders.ShouldBe([new TaskReminder(42, kind.Value, Day("2026-12-01"))]);
        }
    }

    [Fact]
    public void A_task_without_a_deadline_gets_no_reminder() =>
        ReminderSchedule.Due(42, null, WorkTaskStatus.InProgress, Day("2026-12-02")).ShouldBeEmpty();

    [Theory]
    [InlineData(ReminderKind.DueSoon, "2026-11-24", "task:42:due-soon:2026-12-01")]
    [InlineData(ReminderKind.DueTomorrow, "2026-11-30", "task:42:due-tomorrow:2026-12-01")]
    [InlineData(ReminderKind.Overdue, "2026-12-02", "task:42:overdue:2026-12-01")]
    public void Each_reminder_has_its_day_and_a_key_from_the_task_the_kind_and_the_deadline(ReminderKind kind, string sendOn, string key)
    {
        var reminder = new TaskReminder(42, kind, Day("2026-12-01"));

        reminder.SendOn.ShouldBe(Day(sendOn));
        reminder.Key.ShouldBe(key);
    }

    [Fact]
    public void The_same_reminder_on_later_days_has_the_same_key_and_a_new_deadline_a_fresh_one()
    {
        var first = ReminderSchedule.Due(42, Day("2026-12-01"), WorkTaskStatus.InProgress, Day("2026-12-02")).ShouldHaveSingleItem();
        var later = ReminderSchedule.Due(42, Day("2026-12-01"), WorkTaskStatus.InProgress, Day("2026-12-09")).ShouldHaveSingleItem();
        var moved = ReminderSchedule.Due(42, Day("2026-12-08"), WorkTaskStatus.InProgress, Day("2026-12-09")).ShouldHaveSingleItem();

        later.Key.ShouldBe(first.Key);
        moved.Key.ShouldBe("task:42:overdue:2026-12-08");
    }

    [Theory]
    // One day on: the deadlines a week, a day and minus a day away.
    [InlineData("2026-12-01", "2026-12-02", "2026-12-01..2026-12-01 2026-12-03..2026-12-03 2026-12-09..2026-12-09")]
    // Three days on (a job stopped over a weekend): three days of each kind, the overdue and the
    // due-tomorrow ones overlapping (1–3 and 3–5/12).
    [InlineData("2026-12-01", "2026-12-04", "2026-12-01..2026-12-05 2026-12-09..2026-12-11")]
    // Over a week, the ranges meet and merge.
    [InlineData("2026-12-01", "2026-12-10", "2026-12-01..2026-12-17")]
    [InlineData("2026-12-01", "2026-12-01", "")]
    [InlineData("2026-12-02", "2026-12-01", "")]
    public void A_day_on_brings_reminders_only_for_deadlines_whose_reminder_day_has_just_come(string after, string through, string expected)
    {
        var ranges = ReminderSchedule.NewlyDue(Day(after), Day(through));

        var shown = string.Join(' ', ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.First:yyyy-MM-dd}..{r.Last:yyyy-MM-dd}")));
        shown.ShouldBe(expected);
    }

    [Fact]
    public void A_task_outside_the_newly_due_deadlines_is_owed_on_the_later_day_exactly_what_it_was_owed_on_the_earlier_one()
    {
        var first = Day("2026-11-10");
        foreach (var gap in (int[])[1, 2, 3, 6, 7, 8, 9, 30])
        {
            foreach (var afterOffset in Enumerable.Range(0, 4))
            {
                var after = first.AddDays(afterOffset);
                var through = after.AddDays(gap);
                var ranges = ReminderSchedule.NewlyDue(after, through);
                for (var deadline = first.AddDays(-40); deadline <= first.AddDays(60); deadline = deadline.AddDays(1))
                {
                    var before = ReminderSchedule.Due(42, deadline, WorkTaskStatus.InProgress, after).Select(r => r.Key);
                    var now = ReminderSchedule.Due(42, deadline, WorkTaskStatus.InProgress, through).Select(r => r.Key);
                    var changed = !before.SequenceEqual(now);

                    ranges.Any(r => r.Contains(deadline)).ShouldBe(changed, $"deadline {deadline:yyyy-MM-dd}, {after:yyyy-MM-dd} → {through:yyyy-MM-dd}");
                }
            }
        }
    }

    [Theory]
    [InlineData(ReminderKind.DueSoon, "Nhắc sắp đến hạn")]
    [InlineData(ReminderKind.DueTomorrow, "Nhắc hạn cuối ngày mai")]
    [InlineData(ReminderKind.Overdue, "Nhắc quá hạn")]
    public void Each_reminder_kind_has_a_Vietnamese_name(ReminderKind kind, string name) =>
        ReminderKindNames.Of(kind).ShouldBe(name);

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
