namespace DanVan.Domain.Petitions;

/// <summary>The time limit a petition is running against now.</summary>
/// <param name="Step">The step it governs.</param>
/// <param name="StartedOn">The day the limit counts from (not counted itself).</param>
/// <param name="Days">The days allowed, extensions included.</param>
/// <param name="Due">The last day: the limit ends at the end of it.</param>
/// <param name="Rule">The rule it comes from.</param>
public sealed record PetitionDeadline(DeadlineStep Step, DateOnly StartedOn, int Days, DateOnly Due, DeadlineRule Rule)
{
    /// <summary>A deadline this many calendar days away or fewer is due soon.</summary>
    public const int DueSoonDays = 3;

    /// <summary>Calendar days from <paramref name="today"/> to the last day; negative when overdue.</summary>
    /// <param name="today">The day, in Vietnam.</param>
    /// <returns>The days left.</returns>
    public int DaysLeft(DateOnly today) => Due.DayNumber - today.DayNumber;

    /// <summary>How the deadline stands on a day.</summary>
    /// <param name="today">The day, in Vietnam.</param>
    /// <returns>On track, due soon or overdue.</returns>
    public DeadlineState StateOn(DateOnly today) => StateOf(DaysLeft(today));

    /// <summary>The days left as a Vietnamese phrase: "còn 5 ngày", "hạn cuối hôm nay", "quá hạn 2 ngày".</summary>
    /// <param name="today">The day, in Vietnam.</param>
    /// <returns>The phrase.</returns>
    public string DescribeOn(DateOnly today) => Describe(DaysLeft(today));

    /// <summary>How a deadline with this many calendar days left stands.</summary>
    /// <param name="daysLeft">Days left; negative when overdue.</param>
    /// <returns>On track, due soon or overdue.</returns>
    public static DeadlineState StateOf(int daysLeft) => daysLeft switch
    {
        < 0 => DeadlineState.Overdue,
        <= DueSoonDays => DeadlineState.DueSoon,
        _ => DeadlineState.OnTrack,
    };

    /// <summary>Days left as a Vietnamese phrase.</summary>
    /// <param name="daysLeft">Days left; negative when overdue.</param>
    /// <returns>The phrase.</returns>
    public static string Describe(int daysLeft) => daysLeft switch
    {
        0 => "hạn cuối hôm nay",
        < 0 => $"quá hạn {-daysLeft} ngày",
        _ => $"còn {daysLeft} ngày",
    };
}
