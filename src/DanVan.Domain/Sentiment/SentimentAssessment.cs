namespace DanVan.Domain.Sentiment;

/// <summary>How the people of an area feel about a topic or overall (đánh giá tình hình nhân dân).</summary>
public enum SentimentAssessment
{
    /// <summary>Ổn định.</summary>
    Stable = 1,

    /// <summary>Tích cực.</summary>
    Positive = 2,

    /// <summary>Có lo lắng.</summary>
    Concerned = 3,

    /// <summary>Bức xúc.</summary>
    Aggrieved = 4,
}
