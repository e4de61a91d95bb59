namespace DanVan.Domain.Calendar;

/// <summary>A day off other than an ordinary weekend.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">Its name in Vietnamese.</param>
/// <param name="Source">Why it is off.</param>
public sealed record DayOff(DateOnly Date, string Name, DayOffSource Source);
