using System.Net;
using System.Net.Http.Json;

namespace DanVan.Web.Tests.Infrastructure;

// Sentiment reports and issues as a client reads them; enums arrive as their names.
public sealed record SentimentTopicRow(int Id, string Code, string Name, int SortOrder, bool IsActive);

public sealed record TopicRatingRow(int TopicId, string TopicName, string Assessment, string? Note);

public sealed record IssueRow(long Id, long ReportId, int OrganizationId, int TopicId, string TopicName, string Title, string Locality, string Scale, int? Households, int? People,
    string Status, string StatusName, DateOnly FoundOn, DateOnly? ResolvedOn, int Revision);

public sealed record SentimentReportView(long Id, int OrganizationId, string Kind, DateOnly PeriodStart, DateOnly PeriodEnd, string Assessment, string AssessmentName, string Narrative, int Revision,
    List<TopicRatingRow> Topics, List<IssueRow> Issues);

public sealed record SentimentReportRow(long Id, int OrganizationId, string Kind, DateOnly PeriodEnd, string Assessment, int IssueCount, int OpenIssueCount);

public sealed record FollowUpRow(DateOnly On, string Action, string FromStatus, string ToStatus);

public sealed record IssueView(IssueRow Issue, List<FollowUpRow> FollowUps, List<string> NextStatuses);

public sealed record ConsolidationRowView(string Key, string Name, int Reports, List<int> Counts, string? Worst, int Issues, int OpenIssues);

public sealed record TrendRowView(string Key, string Label, int Reports, List<int> Counts, List<decimal> Shares, decimal? WorryingShare, decimal? Change, string Direction);

public sealed record ConsolidationView(int OrganizationId, ConsolidationRowView Total, int AdHocReports, int ResolvedIssues, List<ConsolidationRowView> ByTopic, List<ConsolidationRowView> ByArea,
    List<TrendRowView> ByPeriod);

public static class SentimentClient
{
    public static async Task<Dictionary<string, int>> TopicsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<SentimentTopicRow>>("/api/v1/sentiment/topics", ApiClient.Json))!.ToDictionary(t => t.Code, t => t.Id);

    public static object Report(int organizationId, string kind = "Periodic", string start = "01/01/2025", string end = "31/03/2025", string assessment = "Stable",
        object[]? topics = null, object[]? issues = null, int? revision = null) => new
        {
            organizationId,
            kind,
            periodStart = start,
            periodEnd = end,
            assessment,
            narrative = "Nhân dân phấn khởi với kết quả xây dựng nông thôn mới; một số hộ còn băn khoăn về giá phân bón.",
            revision,
            topics = topics ?? [],
            issues = issues ?? [],
        };

    public static object Issue(int topicId, string title = "Tranh chấp ranh giới đất rừng sản xuất", long? id = null, string scale = "SeveralHamlets", object? households = null) => new
    {
        id,
        topicId,
        title,
        locality = "Thôn 3 và thôn 5",
        scale,
        households = households ?? "1.250",
        people = 4100,
    };

    public static async Task<SentimentReportView> SendAsync(HttpClient client, object report)
    {
        var response = await client.PostAsJsonAsync("/api/v1/sentiment/reports", report);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<SentimentReportView>();
    }

    public static Task<HttpResponseMessage> FollowUpAsync(HttpClient client, long issueId, string status, int? revision, string action = "Tổ công tác đối thoại với nhân dân", string? on = null) =>
        client.PostAsJsonAsync($"/api/v1/sentiment/issues/{issueId}/follow-ups", new { revision, on, action, status });

    public static async Task<ConsolidationView> ConsolidateAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/sentiment/consolidation?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<ConsolidationView>();
    }
}
