namespace DanVan.Domain.Programmes;

/// <summary>How a task stands against its deadline on a day.</summary>
public enum TaskDeadlineState
{
    /// <summary>The task has no deadline.</summary>
    None = 1,

    /// <summary>Open, with more than <see cref="TaskDeadline.DueSoonDays"/> days left.</summary>
    OnTrack = 2,

    /// <summary>Open and due within <see cref="TaskDeadline.DueSoonDays"/> days, today included.</summary>
    DueSoon = 3,

    /// <summary>Open after its deadline day.</summary>
    Overdue = 4,

    /// <summary>Completed on or before its deadline day.</summary>
    DoneOnTime = 5,

    /// <summary>Completed after its deadline day.</summary>
    DoneLate = 6,

    /// <summary>Cancelled: off the clock.</summary>
    Cancelled = 7,
}
