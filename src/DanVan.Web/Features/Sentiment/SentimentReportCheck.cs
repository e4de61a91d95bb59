using DanVan.Data;
using DanVan.Data.Sentiment;
using DanVan.Domain.Sentiment;
using DanVan.Web.Features.Models;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Sentiment;

/// <summary>Checks a sentiment report as sent, naming every invalid field in Vietnamese, and gives back its values.</summary>
public sealed class SentimentReportCheck(AppDbContext db, SentimentAccess access, TimeProvider clock)
{
    /// <summary>The longest period one periodic report covers.</summary>
    public const int MaxPeriodDays = 366;

    public sealed record Values(int OrganizationId, SentimentReportKind Kind, DateOnly PeriodStart, DateOnly PeriodEnd, SentimentAssessment Assessment, string Narrative,
        IReadOnlyList<TopicValues> Topics, IReadOnlyList<IssueValues> Issues);

    public sealed record TopicValues(int TopicId, SentimentAssessment Assessment, string? Note);

    public sealed record IssueValues(long? Id, int TopicId, string Title, string Locality, IssueScale Scale, int? Households, int? People);

    /// <summary>The values, or the refusal; an existing report may keep its organisation after that closed, and its retired topics.</summary>
    public async Task<(Values? Values, CommandResult<SentimentReport> Result)> CheckAsync(SentimentReportInput input, SentimentReport? existing, CancellationToken cancellationToken)
    {
        var today = SaveSentimentReport.Today(clock);
        var errors = new ValidationErrors();
        var kind = Choice<SentimentReportKind>(input.Kind, nameof(input.Kind), "Vui lòng chọn loại báo cáo: định kỳ hoặc đột xuất.", errors);
        var end = InputChecks.Day(input.PeriodEnd, nameof(input.PeriodEnd), kind == SentimentReportKind.AdHoc ? "ngày báo cáo" : "ngày cuối kỳ", today.AddYears(1), errors);
        var start = kind == SentimentReportKind.AdHoc ? end : InputChecks.Day(input.PeriodStart, nameof(input.PeriodStart), "ngày đầu kỳ", today.AddYears(1), errors);
        if (end > today)
        {
            errors.Add(nameof(input.PeriodEnd), "Không báo cáo trước cho ngày chưa đến.");
        }
        else if (start is { } first && end is { } last && first > last)
        {
            errors.Add(nameof(input.PeriodStart), "Ngày đầu kỳ không được sau ngày cuối kỳ.");
        }
        else if (start is { } from && end is { } to && to.DayNumber - from.DayNumber >= MaxPeriodDays)
        {
            errors.Add(nameof(input.PeriodStart), "Một báo cáo định kỳ chỉ bao quát tối đa một năm.");
        }

        var assessment = Choice<SentimentAssessment>(input.Assessment, nameof(input.Assessment), "Vui lòng chọn đánh giá chung: ổn định, tích cực, có lo lắng hoặc bức xúc.", errors);
        errors.Text(nameof(input.Narrative), "nội dung tình hình", input.Narrative, SentimentLimits.NarrativeLength);

        var usedTopics = existing is null ? [] : (await db.ProminentIssues.Where(i => i.ReportId == existing.Id).Select(i => i.TopicId).ToListAsync(cancellationToken))
            .Concat(existing.Topics.Select(t => t.TopicId)).ToHashSet();
        var topics = await db.SentimentTopics.AsNoTracking().Where(t => t.IsActive || usedTopics.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
        var ratings = Ratings(input.Topics ?? [], topics, errors);
        var issues = await IssuesAsync(input.Issues ?? [], topics, existing?.Id, errors, cancellationToken);

        var organization = input.OrganizationId is { } organizationId ? await access.Subtree.OrganizationAsync(organizationId, cancellationToken) : null;
        if (organization is null || (!organization.IsOpen && organization.Id != existing?.OrganizationId))
        {
            errors.Add(nameof(input.OrganizationId), "Vui lòng chọn cơ quan, tổ chức đang hoạt động gửi báo cáo.");
        }
        else if (!await access.Subtree.CanReadAsync(organization.Path, cancellationToken))
        {
            return (null, CommandResult<SentimentReport>.Forbidden());
        }

        if (errors.Any)
        {
            return (null, errors.ToResult<SentimentReport>());
        }

        var values = new Values(organization!.Id, kind!.Value, start!.Value, end!.Value, assessment!.Value, input.Narrative!.Trim(), ratings, issues);
        return (values, CommandResult<SentimentReport>.Ok(null!));
    }

    private static List<TopicValues> Ratings(List<TopicRatingInput> rows, List<int> topics, ValidationErrors errors)
    {
        var ratings = new List<TopicValues>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null || (string.IsNullOrWhiteSpace(row.Assessment) && string.IsNullOrWhiteSpace(row.Note)))
            {
                continue;
            }

            var key = $"Topics[{i}]";
            errors.Text(key + ".Note", $"ghi chú của chủ đề {i + 1}", row.Note, SentimentLimits.NoteLength, required: false);
            var assessment = Choice<SentimentAssessment>(row.Assessment, key + ".Assessment", $"Vui lòng chọn đánh giá cho chủ đề {i + 1}.", errors);
            if (row.TopicId is not { } topicId || !topics.Contains(topicId))
            {
                errors.Add(key + ".TopicId", $"Chủ đề {i + 1} không có trong danh mục chủ đề đang dùng.");
            }
            else if (ratings.Any(r => r.TopicId == topicId))
            {
                errors.Add(key + ".TopicId", $"Chủ đề {i + 1} đã được đánh giá ở một dòng khác.");
            }
            else if (assessment is { } value)
            {
                ratings.Add(new TopicValues(topicId, value, InputChecks.Blank(row.Note)));
            }
        }

        return ratings;
    }

    private async Task<List<IssueValues>> IssuesAsync(List<IssueInput> rows, List<int> topics, long? reportId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var filled = rows.Select((r, i) => (Row: r, Index: i)).Where(r => r.Row is not null && !r.Row.IsEmpty).ToList();
        if (filled.Count > SentimentLimits.MaxIssues)
        {
            errors.Add("Issues", $"Mỗi báo cáo ghi tối đa {SentimentLimits.MaxIssues} vấn đề nổi cộm.");
            return [];
        }

        var known = reportId is { } id ? await db.ProminentIssues.Where(i => i.ReportId == id).Select(i => i.Id).ToListAsync(cancellationToken) : [];
        var issues = new List<IssueValues>();
        foreach (var (row, index) in filled)
        {
            var key = $"Issues[{index}]";
            var label = $"vấn đề {index + 1}";
            errors.Text(key + ".Title", $"tên {label}", row.Title, SentimentLimits.TitleLength)
                .Text(key + ".Locality", $"địa bàn của {label}", row.Locality, SentimentLimits.LocalityLength);
            if (row.TopicId is not { } topicId || !topics.Contains(topicId))
            {
                errors.Add(key + ".TopicId", $"Vui lòng chọn chủ đề của {label}.");
            }

            var scale = Choice<IssueScale>(row.Scale, key + ".Scale", $"Vui lòng chọn phạm vi của {label}.", errors);
            var households = Affected(row.Households, key + ".Households", $"số hộ của {label}", errors);
            var people = Affected(row.People, key + ".People", $"số người của {label}", errors);
            if (row.Id is { } issueId && !known.Contains(issueId))
            {
                errors.Add(key + ".Id", $"Vấn đề {index + 1} không thuộc báo cáo này.");
            }

            if (!errors.Any)
            {
                issues.Add(new IssueValues(row.Id, row.TopicId!.Value, row.Title!.Trim(), row.Locality!.Trim(), scale!.Value, households, people));
            }
        }

        return issues;
    }

    private static int? Affected(string? text, string field, string label, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = InputChecks.Number(text, field, label, errors);
        if (value is { } number && (number != decimal.Truncate(number) || number > SentimentLimits.MaxAffected))
        {
            errors.Add(field, $"{char.ToUpperInvariant(label[0])}{label[1..]} phải là số nguyên không âm, tối đa {SentimentLimits.MaxAffected:N0}.");
            return null;
        }

        return (int?)value;
    }

    internal static T? Choice<T>(string? text, string field, string message, ValidationErrors errors)
        where T : struct, Enum
    {
        if (SentimentNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors.Add(field, message);
        return null;
    }
}
