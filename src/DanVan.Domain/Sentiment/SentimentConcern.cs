namespace DanVan.Domain.Sentiment;

/// <summary>
/// How worrying an assessment is, from Tích cực (least) through Ổn định and Có lo lắng to Bức xúc
/// (most): the order lists sort by and the one a consolidation calls the worst of an area.
/// </summary>
public static class SentimentConcern
{
    /// <summary>The assessments from least to most worrying.</summary>
    public static IReadOnlyList<SentimentAssessment> Ascending { get; } =
        [SentimentAssessment.Positive, SentimentAssessment.Stable, SentimentAssessment.Concerned, SentimentAssessment.Aggrieved];

    /// <summary>0 for Tích cực up to 3 for Bức xúc.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Its rank of concern.</returns>
    public static int Rank(SentimentAssessment assessment) => assessment switch
    {
        SentimentAssessment.Positive => 0,
        SentimentAssessment.Stable => 1,
        SentimentAssessment.Concerned => 2,
        SentimentAssessment.Aggrieved => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(assessment), assessment, "Not an assessment."),
    };

    /// <summary>Whether the assessment calls for attention (Có lo lắng or Bức xúc).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns><c>true</c> when it is worrying.</returns>
    public static bool IsWorrying(SentimentAssessment assessment) => Rank(assessment) >= 2;

    /// <summary>The most worrying of some assessments, or <c>null</c> when there are none.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <returns>The worst one.</returns>
    public static SentimentAssessment? Worst(IEnumerable<SentimentAssessment> assessments) =>
        assessments.Select(a => (SentimentAssessment?)a).MaxBy(a => a is { } value ? Rank(value) : -1);
}
