namespace DanVan.Domain.Meetings;

/// <summary>Vietnamese names of <see cref="RecurrenceFrequency"/>.</summary>
public static class RecurrenceFrequencyNames
{
    /// <summary>The frequency's name.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>E.g. "Hằng tháng".</returns>
    public static string Of(RecurrenceFrequency frequency) => frequency switch
    {
        RecurrenceFrequency.Weekly => "Hằng tuần",
        RecurrenceFrequency.Monthly => "Hằng tháng",
        RecurrenceFrequency.Quarterly => "Hằng quý",
        _ => frequency.ToString(),
    };

    /// <summary>The unit one step of the frequency is counted in, for "every 2 weeks" and the like.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>"tuần", "tháng" or "quý".</returns>
    public static string UnitOf(RecurrenceFrequency frequency) => frequency switch
    {
        RecurrenceFrequency.Weekly => "tuần",
        RecurrenceFrequency.Monthly => "tháng",
        RecurrenceFrequency.Quarterly => "quý",
        _ => frequency.ToString(),
    };
}
