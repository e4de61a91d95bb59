using DanVan.Domain.Sentiment;
using DanVan.Web.Features.Models;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Sentiment;

/// <summary>What the report and issue lists are filtered by: a subtree, days, kind, assessment, topic, issue status and words.</summary>
public sealed record SentimentFilter(
    int? OrganizationId, DateOnly? From, DateOnly? To, SentimentReportKind? Kind, SentimentAssessment? Assessment, int? TopicId, IssueStatus? Status, bool OpenOnly,
    string? Q, int Page, int PageSize)
{
    /// <summary>The query values as typed; every bad one is named.</summary>
    public sealed record Query(string? OrganizationId, string? From, string? To, string? Kind, string? Assessment, string? Topic, string? Status, string? Q, string? Page, string? PageSize);

    public static (SentimentFilter Filter, ValidationErrors Errors) Parse(Query query)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", query.Q, 200, required: false);
        var organization = errors.Whole(query.OrganizationId, "organizationId", "Mã tổ chức phải là một số nguyên dương.");
        var from = Day(query.From, "from", "Từ ngày", errors);
        var to = Day(query.To, "to", "Đến ngày", errors);
        if (from > to)
        {
            errors.Add("from", "Từ ngày không được sau đến ngày.");
        }

        var kind = Optional<SentimentReportKind>(query.Kind, "kind", "Loại báo cáo phải là Periodic hoặc AdHoc.", errors);
        var assessment = Optional<SentimentAssessment>(query.Assessment, "assessment", "Đánh giá phải là Stable, Positive, Concerned hoặc Aggrieved.", errors);
        var topic = errors.Whole(query.Topic, "topic", "Chủ đề phải là mã số của một chủ đề.");
        var open = string.Equals(query.Status?.Trim(), "Open", StringComparison.OrdinalIgnoreCase);
        var all = string.Equals(query.Status?.Trim(), "All", StringComparison.OrdinalIgnoreCase);
        var status = open || all ? null : Optional<IssueStatus>(query.Status, "status", "Tình trạng phải là All, Open, Detected, Monitoring, Handling hoặc Resolved.", errors);
        var page = errors.Whole(query.Page, "page", "Trang phải là một số nguyên dương.");
        var size = errors.Whole(query.PageSize, "pageSize", "Số dòng mỗi trang phải là một số nguyên dương.");
        var (p, s) = Paging.Normalize(page, size);
        return (new SentimentFilter(organization, from, to, kind, assessment, topic, status, open, string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(), p, s), errors);
    }

    internal static DateOnly? Day(string? text, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateInput.TryParse(text, out var day) && day is { Year: >= 1945 and <= 2100 } value)
        {
            return value;
        }

        errors.Add(field, $"{label} phải có dạng dd/MM/yyyy.");
        return null;
    }

    private static T? Optional<T>(string? text, string field, string message, ValidationErrors errors)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null : SentimentReportCheck.Choice<T>(text, field, message, errors);
}
