using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Sentiment;

/// <summary>One sentiment report with its topics and prominent issues; deleted from here after a confirmation.</summary>
public sealed class DetailsModel(SentimentDirectory directory, SaveSentimentReport save) : PageModel
{
    public SentimentReportDto Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long reportId, CancellationToken cancellationToken)
    {
        var (report, status) = await directory.ReportAsync(reportId, cancellationToken);
        if (report is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        Item = report;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long reportId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(reportId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = $"Đã xóa báo cáo tình hình nhân dân đến ngày {DateInput.Show(result.Value!.PeriodEnd)} cùng các vấn đề nổi cộm của nó. Việc xóa được ghi vào nhật ký thay đổi.";
        return RedirectToPage("Index", new { organizationId = result.Value.OrganizationId });
    }
}
