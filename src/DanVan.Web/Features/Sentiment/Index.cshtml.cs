using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Features.Sentiment;

/// <summary>The sentiment reports of an organisation and its subtree, filtered; to Excel as filtered.</summary>
public sealed class IndexModel(SentimentDirectory directory, SentimentAccess access) : SentimentListPage(directory, access)
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Assessment { get; set; }

    public PagedList<SentimentReportSummaryDto>? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = Parse(Kind, Assessment, null, export: false);
        if (!await PrepareAsync(errors, cancellationToken))
        {
            return Page();
        }

        var (list, root, status) = await Directory.ReportsAsync(filter, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        (List, Root) = (list, root);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = Parse(Kind, Assessment, null, export: true);
        if (errors.Any)
        {
            return BadRequest();
        }

        var (rows, status) = await Directory.StreamReportsAsync(filter, cancellationToken);
        if (rows is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        return ExcelExport.File("bao-cao-tinh-hinh-nhan-dan.xlsx", "Tình hình nhân dân",
            ["Đơn vị", "Loại", "Từ ngày", "Đến ngày", "Đánh giá chung", "Số vấn đề nổi cộm", "Chưa giải quyết", "Người gửi"],
            rows,
            r => [r.OrganizationName, r.KindName, r.PeriodStart, r.PeriodEnd, r.AssessmentName, r.IssueCount, r.OpenIssueCount, r.SubmittedBy]);
    }
}
