using DanVan.Domain.Sentiment;

namespace DanVan.Web.Features.Sentiment;

public sealed record SentimentReportSummaryDto(
    long Id, int OrganizationId, string OrganizationName, SentimentReportKind Kind, string KindName, DateOnly PeriodStart, DateOnly PeriodEnd,
    SentimentAssessment Assessment, string AssessmentName, int IssueCount, int OpenIssueCount, DateTime SubmittedAt, string? SubmittedBy);

public sealed record TopicRatingDto(int TopicId, string TopicName, SentimentAssessment Assessment, string AssessmentName, string? Note);

public sealed record SentimentReportDto(
    long Id, int OrganizationId, string OrganizationName, SentimentReportKind Kind, string KindName, DateOnly PeriodStart, DateOnly PeriodEnd,
    SentimentAssessment Assessment, string AssessmentName, string Narrative, int Revision, IReadOnlyList<TopicRatingDto> Topics, IReadOnlyList<IssueDto> Issues,
    DateTime SubmittedAt, string? SubmittedBy, DateTime UpdatedAt, string? UpdatedBy);

public sealed record IssueDto(
    long Id, long ReportId, int OrganizationId, string OrganizationName, int TopicId, string TopicName, string Title, string Locality,
    IssueScale Scale, string ScaleName, int? Households, int? People, IssueStatus Status, string StatusName, DateOnly FoundOn, DateOnly? ResolvedOn, int Revision);

public sealed record FollowUpDto(long Id, DateOnly On, string Action, IssueStatus FromStatus, string FromStatusName, IssueStatus ToStatus, string ToStatusName, DateTime CreatedAt, string? CreatedBy);

public sealed record IssueDetailsDto(IssueDto Issue, IReadOnlyList<FollowUpDto> FollowUps, IReadOnlyList<IssueStatus> NextStatuses);

public sealed record SentimentTopicDto(int Id, string Code, string Name, int SortOrder, bool IsActive);

public sealed record AssessmentDto(SentimentAssessment Key, string Name);

/// <summary>A consolidation row: reports per assessment (in the order of <see cref="SentimentConsolidationDto.Assessments"/>) and issues.</summary>
public sealed record ConsolidationRow(string Key, string Name, int Reports, IReadOnlyList<int> Counts, SentimentAssessment? Worst, string? WorstName, int Issues, int OpenIssues);

public sealed record TrendRow(string Key, string Label, DateOnly Start, DateOnly End, int Reports, IReadOnlyList<int> Counts, IReadOnlyList<decimal> Shares, decimal? WorryingShare, decimal? Change, string Direction);

public sealed record SentimentConsolidationDto(
    int OrganizationId, string OrganizationName, DateOnly From, DateOnly To, SentimentGranularity Granularity, IReadOnlyList<AssessmentDto> Assessments,
    ConsolidationRow Total, int AdHocReports, int ResolvedIssues, IReadOnlyList<ConsolidationRow> ByTopic, IReadOnlyList<ConsolidationRow> ByArea, IReadOnlyList<TrendRow> ByPeriod);
