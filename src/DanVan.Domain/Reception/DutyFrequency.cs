namespace DanVan.Domain.Reception;

/// <summary>How often a head must receive citizens.</summary>
public enum DutyFrequency
{
    /// <summary>A minimum of days in each calendar month.</summary>
    PerMonth = 1,

    /// <summary>A minimum of days in each week, Monday to Sunday.</summary>
    PerWeek = 2,
}
