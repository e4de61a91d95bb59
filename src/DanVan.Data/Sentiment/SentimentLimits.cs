namespace DanVan.Data.Sentiment;

/// <summary>The longest texts and the most rows a sentiment report keeps.</summary>
public static class SentimentLimits
{
    public const int CodeLength = 20;
    public const int TopicNameLength = 200;
    public const int NarrativeLength = 8000;
    public const int NoteLength = 1000;
    public const int TitleLength = 300;
    public const int LocalityLength = 300;
    public const int ActionLength = 2000;
    public const int MaxIssues = 20;

    /// <summary>The most households or people an issue may be said to touch.</summary>
    public const int MaxAffected = 10_000_000;
}
