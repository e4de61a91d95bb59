namespace DanVan.Domain.Reception;

/// <summary>How often a head must receive citizens.</summary>
public enum DutyFrequency
{
    /// <summary>A minimum of days in each calendar month.</summary>
    PerMonth = 1,

    /// <summary>A minimum of days in each week, Monday to Sunday.</summary>
    PerWeek = 2,

    /// <summary>
    /// Đột xuất: when a case calls for it (heated, complex or mass cases; a risk of serious harm),
    /// with no count. Sessions held for it are recorded and shown, never counted toward a periodic minimum.
    /// </summary>
    WhenNeeded = 3,

    /// <summary>A periodic duty whose minimum the law has not (yet) been found to set: days are shown, not judged.</summary>
    NotSet = 4,
}
