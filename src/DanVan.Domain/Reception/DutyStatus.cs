namespace DanVan.Domain.Reception;

/// <summary>Where a head stands with the duty for one month.</summary>
public enum DutyStatus
{
    /// <summary>No duty applies: no rule in force, or the organisation did not exist that month.</summary>
    NotApplicable = 0,

    /// <summary>The month has not begun.</summary>
    Upcoming = 1,

    /// <summary>The month is running and the duty can still be met.</summary>
    InProgress = 2,

    /// <summary>Đạt: the head received citizens on enough days.</summary>
    Met = 3,

    /// <summary>Chưa đạt: the month ended, or the duty can no longer be met.</summary>
    NotMet = 4,

    /// <summary>Theo dõi: a duty with no minimum set; the days are shown without a verdict.</summary>
    Tracked = 5,
}
