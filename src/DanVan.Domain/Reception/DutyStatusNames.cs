namespace DanVan.Domain.Reception;

/// <summary>Vietnamese names of <see cref="DutyStatus"/> and <see cref="DutyFrequency"/>.</summary>
public static class DutyStatusNames
{
    /// <summary>The status's name.</summary>
    /// <param name="status">The status.</param>
    /// <returns>E.g. "Đạt".</returns>
    public static string Of(DutyStatus status) => status switch
    {
        DutyStatus.NotApplicable => "Không áp dụng",
        DutyStatus.Upcoming => "Chưa đến kỳ",
        DutyStatus.InProgress => "Đang trong kỳ",
        DutyStatus.Met => "Đạt",
        DutyStatus.NotMet => "Chưa đạt",
        DutyStatus.Tracked => "Theo dõi",
        _ => status.ToString(),
    };

    /// <summary>The frequency as a phrase, e.g. "ngày/tháng".</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>The phrase.</returns>
    public static string Of(DutyFrequency frequency) => frequency switch
    {
        DutyFrequency.PerMonth => "ngày/tháng",
        DutyFrequency.PerWeek => "ngày/tuần",
        DutyFrequency.WhenNeeded => "đột xuất khi cần",
        DutyFrequency.NotSet => "chưa xác định số ngày",
        _ => frequency.ToString(),
    };

    /// <summary>What the count of a month is made of: days for a monthly duty, weeks for a weekly one.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>"ngày" or "tuần".</returns>
    public static string UnitOf(DutyFrequency frequency) => frequency == DutyFrequency.PerWeek ? "tuần" : "ngày";
}
