namespace DanVan.Domain.Reception;

/// <summary>One head's duty for one month, as the grid shows it: "Đạt (2/2 ngày)".</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1–12.</param>
/// <param name="Duty">The duty in force on the month's first day; <c>null</c> when none applies.</param>
/// <param name="Achieved">Distinct days of personal reception (monthly duty) or weeks that had enough of them (weekly duty).</param>
/// <param name="Required">The days (monthly) or weeks (weekly) the duty asks for in the month.</param>
/// <param name="Status">Met, not met, running, upcoming or not applicable.</param>
public sealed record DutyMonth(int Year, int Month, ReceptionDuty? Duty, int Achieved, int Required, DutyStatus Status)
{
    /// <summary>"ngày" or "tuần".</summary>
    public string Unit => Duty is null ? "ngày" : DutyStatusNames.UnitOf(Duty.Frequency);

    /// <summary>The cell's text, e.g. "Đạt (2/2 ngày)", "Chưa đạt (3/4 tuần)" or "Không áp dụng".</summary>
    public string Text => Status is DutyStatus.NotApplicable or DutyStatus.Upcoming
        ? DutyStatusNames.Of(Status)
        : $"{DutyStatusNames.Of(Status)} ({Achieved}/{Required} {Unit})";
}
