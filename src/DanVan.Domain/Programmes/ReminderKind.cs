namespace DanVan.Domain.Programmes;

/// <summary>A reminder sent to a task's owner about its deadline, in the order they come.</summary>
public enum ReminderKind
{
    /// <summary>Sent <see cref="TaskDeadline.DueSoonDays"/> days before the deadline.</summary>
    DueSoon = 1,

    /// <summary>Sent the day before the deadline.</summary>
    DueTomorrow = 2,

    /// <summary>Sent the day after the deadline, once, to a task still open.</summary>
    Overdue = 3,
}
