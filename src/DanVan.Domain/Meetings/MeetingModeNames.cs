namespace DanVan.Domain.Meetings;

/// <summary>Vietnamese names of <see cref="MeetingMode"/>.</summary>
public static class MeetingModeNames
{
    /// <summary>The mode's name.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>E.g. "Trực tuyến".</returns>
    public static string Of(MeetingMode mode) => mode switch
    {
        MeetingMode.InPerson => "Trực tiếp",
        MeetingMode.Online => "Trực tuyến",
        MeetingMode.Hybrid => "Trực tiếp kết hợp trực tuyến",
        _ => mode.ToString(),
    };

    /// <summary>Whether a meeting in this mode has an online link and bridge points that connect.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>Whether it is online in part or whole.</returns>
    public static bool IsOnline(MeetingMode mode) => mode is MeetingMode.Online or MeetingMode.Hybrid;
}
