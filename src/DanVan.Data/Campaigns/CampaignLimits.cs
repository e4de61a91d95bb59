namespace DanVan.Data.Campaigns;

public static class CampaignLimits
{
    public const int NameLength = 300;

    public const int TextLength = 4000;

    public const int IndicatorNameLength = 200;

    public const int UnitLength = 50;

    public const int NoteLength = 1000;

    public const int MaxIndicators = 30;

    /// <summary>The most organisations added in one action, and taking part in one campaign.</summary>
    public const int MaxParticipants = 5000;

    /// <summary>The largest amount of one indicator in one entry (a thousand trillion: money is in đồng).</summary>
    public const decimal MaxValue = 1_000_000_000_000_000m;
}
