namespace DanVan.Domain.Reception;

/// <summary>One head's duty for one month, as the grid shows it: "Đạt (2/2 ngày)".</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1–12.</param>
/// <param name="Duty">The duty in force on the month's first day; <c>null</c> when none applies.</param>
/// <param name="Achieved">Distinct days of personal reception (monthly duty) or weeks that had enough of them (weekly duty).</param>
/// <param name="Required">The days (monthly) or weeks (weekly) the duty asks for in the month.</param>
/// <param name="Status">Met, not met, running, upcoming, tracked (no minimum set) or not applicable.</param>
/// <param name="AdHocDays">Distinct days in the month the head received in person when a case called for it (đột xuất), besides the periodic duty.</param>
public sealed record DutyMonth(int Year, int Month, ReceptionDuty? Duty, int Achieved, int Required, DutyStatus Status, int AdHocDays = 0)
{
    /// <summary>"ngày" or "tuần".</summary>
    public string Unit => Duty is null ? "ngày" : DutyStatusNames.UnitOf(Duty.Frequency);

    /// <summary>The cell's text, e.g. "Đạt (2/2 ngày)", "Chưa đạt (3/4 tuần)", "Theo dõi (3 ngày)" or "Không áp dụng".</summary>
    public string Text => Status switch
    {
        DutyStatus.NotApplicable or DutyStatus.Upcoming => DutyStatusNames.Of(Status),
        DutyStatus.Tracked => $"{DutyStatusNames.Of(Status)} ({Achieved} {Unit})",
        _ => $"{DutyStatusNames.Of(Status)} ({Achieved}/{Required} {Unit})",
    };
}
