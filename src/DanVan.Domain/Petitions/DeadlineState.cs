namespace DanVan.Domain.Petitions;

/// <summary>How a running deadline stands on a day.</summary>
public enum DeadlineState
{
    /// <summary>More than <see cref="PetitionDeadline.DueSoonDays"/> days left.</summary>
    OnTrack = 1,

    /// <summary>Due within <see cref="PetitionDeadline.DueSoonDays"/> days, today included.</summary>
    DueSoon = 2,

    /// <summary>The last day has passed.</summary>
    Overdue = 3,
}
