using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reports.Forms;

public sealed class DetailsModel(ReportFormCatalog catalog, PublishReportForm publish) : PageModel
{
    public ReportFormDetails Form { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int formId, CancellationToken cancellationToken)
    {
        var form = await catalog.GetAsync(formId, cancellationToken);
        if (form is null)
        {
            return NotFound();
        }

        Form = form;
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int formId, CancellationToken cancellationToken) =>
        await AfterAsync(formId, await publish.PublishAsync(formId, cancellationToken), "Đã ban hành biểu mẫu; các đơn vị bắt đầu báo cáo theo phiên bản này.", cancellationToken);

    public async Task<IActionResult> OnPostNewVersionAsync(int formId, CancellationToken cancellationToken) =>
        await AfterAsync(formId, await publish.NewVersionAsync(formId, cancellationToken), "Đã tạo phiên bản mới để soạn thảo; phiên bản đang áp dụng vẫn dùng cho đến khi ban hành bản mới.", cancellationToken);

    private async Task<IActionResult> AfterAsync(int formId, CommandResult<int> result, string success, CancellationToken cancellationToken)
    {
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status == CommandStatus.Ok)
        {
            Notice = success;
            return RedirectToPage(new { formId = result.Value });
        }

        Error = result.Message;
        return await OnGetAsync(formId, cancellationToken);
    }
}
