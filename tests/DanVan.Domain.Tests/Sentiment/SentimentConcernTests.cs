using DanVan.Domain.Sentiment;

namespace DanVan.Domain.Tests.Sentiment;

public sealed class SentimentConcernTests
{
    [Theory]
    [InlineData(SentimentAssessment.Positive, 0, false, "Tích cực")]
    [InlineData(SentimentAssessment.Stable, 1, false, "Ổn định")]
    [InlineData(SentimentAssessment.Concerned, 2, true, "Có lo lắng")]
    [InlineData(SentimentAssessment.Aggrieved, 3, true, "Bức xúc")]
    public void Assessments_are_ordered_by_concern_and_named_in_Vietnamese(SentimentAssessment assessment, int rank, bool worrying, string name) =>
        (SentimentConcern.Rank(assessment), SentimentConcern.IsWorrying(assessment), SentimentNames.Of(assessment)).ShouldBe((rank, worrying, name));

    [Theory]
    [InlineData(new SentimentAssessment[0], null)]
    [InlineData(new[] { SentimentAssessment.Stable, SentimentAssessment.Positive }, SentimentAssessment.Stable)]
    [InlineData(new[] { SentimentAssessment.Aggrieved, SentimentAssessment.Concerned, SentimentAssessment.Stable }, SentimentAssessment.Aggrieved)]
    [InlineData(new[] { SentimentAssessment.Positive }, SentimentAssessment.Positive)]
    public void The_worst_of_an_area_is_its_most_worrying_assessment(SentimentAssessment[] assessments, SentimentAssessment? worst) =>
        SentimentConcern.Worst(assessments).ShouldBe(worst);

    [Theory]
    [InlineData("Concerned", true, SentimentAssessment.Concerned)]
    [InlineData(" aggrieved ", true, SentimentAssessment.Aggrieved)]
    [InlineData("3", false, default(SentimentAssessment))]
    [InlineData("Bức xúc", false, default(SentimentAssessment))]
    [InlineData("", false, default(SentimentAssessment))]
    [InlineData(null, false, default(SentimentAssessment))]
    public void An_assessment_is_read_by_its_code_only(string? text, bool ok, SentimentAssessment value) =>
        (SentimentNames.TryParse<SentimentAssessment>(text, out var read), read).ShouldBe((ok, value));

    [Theory]
    [InlineData(IssueScale.OneHamlet, "Một thôn, tổ dân phố")]
    [InlineData(IssueScale.BeyondCommune, "Liên xã, tỉnh")]
    public void Scales_have_Vietnamese_names(IssueScale scale, string name) => SentimentNames.Of(scale).ShouldBe(name);
}
