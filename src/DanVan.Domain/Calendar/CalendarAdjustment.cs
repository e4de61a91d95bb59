namespace DanVan.Domain.Calendar;

/// <summary>One day the Government's yearly notice sets apart from the statutory holidays.</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">Whether it becomes a day off or a working day.</param>
/// <param name="Name">What the day is, in Vietnamese, e.g. "Nghỉ hoán đổi dịp Tết Dương lịch".</param>
public sealed record CalendarAdjustment(DateOnly Date, AdjustmentKind Kind, string Name);
