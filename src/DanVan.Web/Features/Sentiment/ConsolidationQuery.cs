using DanVan.Domain.Sentiment;
using DanVan.Web.Features.Models;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Sentiment;

/// <summary>The consolidation's query as typed: a subtree, a range of days and quarters or months.</summary>
public sealed record ConsolidationQuery(int? OrganizationId, DateOnly? From, DateOnly? To, SentimentGranularity Granularity)
{
    public static (ConsolidationQuery Query, ValidationErrors Errors) Parse(string? organizationId, string? from, string? to, string? by)
    {
        var errors = new ValidationErrors();
        var organization = errors.Whole(organizationId, "organizationId", "Mã tổ chức phải là một số nguyên dương.");
        var first = SentimentFilter.Day(from, "from", "Từ ngày", errors);
        var last = SentimentFilter.Day(to, "to", "Đến ngày", errors);
        var granularity = by?.Trim().ToUpperInvariant() switch
        {
            null or "" or "QUARTER" => SentimentGranularity.Quarter,
            "MONTH" => SentimentGranularity.Month,
            _ => (SentimentGranularity?)null,
        };
        if (granularity is null)
        {
            errors.Add("by", "Tổng hợp theo quarter (quý) hoặc month (tháng).");
        }

        if ((first is null) != (last is null))
        {
            errors.Add(first is null ? "from" : "to", "Vui lòng nhập cả từ ngày và đến ngày, hoặc để trống cả hai.");
        }
        else if (first > last)
        {
            errors.Add("from", "Từ ngày không được sau đến ngày.");
        }
        else if (first is { } f && last is { } l && granularity is { } g && SentimentPeriods.Between(f, l, g)[0].Start > f)
        {
            errors.Add("from", $"Mỗi lần tổng hợp tối đa {SentimentPeriods.MaxBuckets} {(g == SentimentGranularity.Month ? "tháng" : "quý")}.");
        }

        return (new ConsolidationQuery(organization, first, last, granularity ?? SentimentGranularity.Quarter), errors);
    }
}
