namespace DanVan.Domain.Calendar;

/// <summary>What a Government decision makes of a day for civil servants.</summary>
public enum AdjustmentKind
{
    /// <summary>An extra day off, e.g. the day swapped with a Saturday or the Tết days the Prime Minister fixes.</summary>
    DayOff = 1,

    /// <summary>A working day, e.g. the Saturday worked in exchange; it also overrides a computed holiday the decision moved.</summary>
    WorkingDay = 2,
}
