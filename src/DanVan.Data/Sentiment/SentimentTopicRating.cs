using DanVan.Domain.Sentiment;

namespace DanVan.Data.Sentiment;

/// <summary>The assessment of one topic in a report, with a short note about the area.</summary>
public sealed class SentimentTopicRating
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    public int TopicId { get; set; }

    public SentimentAssessment Assessment { get; set; }

    public string? Note { get; set; }
}
