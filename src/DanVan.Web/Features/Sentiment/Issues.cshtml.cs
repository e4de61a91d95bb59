using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Features.Sentiment;

/// <summary>The prominent issues of an organisation's subtree, open ones first; to Excel as filtered.</summary>
public sealed class IssuesModel(SentimentDirectory directory, SentimentAccess access) : SentimentListPage(directory, access)
{
    /// <summary>Open (default), Detected, Monitoring, Handling, Resolved, or All.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public PagedList<IssueDto>? List { get; private set; }

    private string StatusFilter => Status ?? "Open";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = Parse(null, null, StatusFilter, export: false);
        if (!await PrepareAsync(errors, cancellationToken))
        {
            return Page();
        }

        var (list, root, status) = await Directory.IssuesAsync(filter, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        (List, Root) = (list, root);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = Parse(null, null, StatusFilter, export: true);
        if (errors.Any)
        {
            return BadRequest();
        }

        var (rows, status) = await Directory.StreamIssuesAsync(filter, cancellationToken);
        if (rows is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        return ExcelExport.File("van-de-noi-com.xlsx", "Vấn đề nổi cộm",
            ["Vấn đề", "Chủ đề", "Đơn vị báo cáo", "Địa bàn", "Phạm vi", "Số hộ", "Số người", "Ngày phát hiện", "Tình trạng", "Ngày giải quyết"],
            rows,
            i => [i.Title, i.TopicName, i.OrganizationName, i.Locality, i.ScaleName, i.Households, i.People, i.FoundOn, i.StatusName, i.ResolvedOn]);
    }
}
