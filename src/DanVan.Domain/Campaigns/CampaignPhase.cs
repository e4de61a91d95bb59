namespace DanVan.Domain.Campaigns;

/// <summary>Where a campaign stands on a given day.</summary>
public enum CampaignPhase
{
    /// <summary>Sắp diễn ra: it starts after the day.</summary>
    Upcoming = 1,

    /// <summary>Đang diễn ra: the day is within its period.</summary>
    Running = 2,

    /// <summary>Đã kết thúc: its last day has passed.</summary>
    Ended = 3,
}

/// <summary>The rule that places a campaign's period against a day.</summary>
public static class CampaignPhases
{
    /// <summary>The phase of a campaign from <paramref name="startsOn"/> to <paramref name="endsOn"/> (both days included) on <paramref name="today"/>.</summary>
    public static CampaignPhase On(DateOnly startsOn, DateOnly endsOn, DateOnly today) =>
        today < startsOn ? CampaignPhase.Upcoming : today > endsOn ? CampaignPhase.Ended : CampaignPhase.Running;

    /// <summary>The phase's Vietnamese name.</summary>
    public static string Name(CampaignPhase phase) => phase switch
    {
        CampaignPhase.Upcoming => "Sắp diễn ra",
        CampaignPhase.Running => "Đang diễn ra",
        CampaignPhase.Ended => "Đã kết thúc",
        _ => phase.ToString(),
    };

    /// <summary>Whether a result recorded on <paramref name="day"/> may belong to the campaign: within its period, or up to <see cref="LateDays"/> days after it for late tallies.</summary>
    public static bool AcceptsResultOn(DateOnly startsOn, DateOnly endsOn, DateOnly day) =>
        day >= startsOn && day <= endsOn.AddDays(LateDays);

    /// <summary>Days after a campaign's end in which its last results may still be recorded.</summary>
    public const int LateDays = 60;
}
