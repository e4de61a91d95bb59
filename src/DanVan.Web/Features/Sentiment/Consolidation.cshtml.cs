using DanVan.Domain.Sentiment;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Sentiment;

/// <summary>The leaders' view: a subtree's reports by topic, by child area and by period with the trend; to Excel.</summary>
public sealed class ConsolidationModel(SentimentConsolidation consolidation, SentimentAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    public SentimentConsolidationDto? Result { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await access.Subtree.ChoicesAsync(cancellationToken);
        var (result, status, errors) = await LoadAsync(cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        (Result, Errors) = (result, errors);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var (result, status, errors) = await LoadAsync(cancellationToken);
        if (errors.Count > 0)
        {
            return BadRequest();
        }

        if (result is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        var rows = result.ByArea.Select(r => (Group: "Địa bàn", Row: r)).Concat(result.ByTopic.Select(r => (Group: "Chủ đề", Row: r))).Append((Group: "Tổng số", Row: result.Total))
            .Select(x => (x.Group, x.Row.Name, x.Row.Reports, x.Row.Counts, x.Row.Issues, x.Row.OpenIssues, Share: (decimal?)null))
            .Concat(result.ByPeriod.Select(p => (Group: "Kỳ", Name: p.Label, p.Reports, p.Counts, Issues: 0, OpenIssues: 0, Share: p.WorryingShare)));
        return ExcelExport.File("tong-hop-tinh-hinh-nhan-dan.xlsx", "Tổng hợp",
            ["Nhóm", "Tên", "Số báo cáo", .. result.Assessments.Select(a => a.Name), "Vấn đề nổi cộm", "Chưa giải quyết", "Tỷ lệ có lo lắng, bức xúc (%)"],
            rows.ToList(),
            r => [r.Group, r.Name, r.Reports, .. r.Counts.Cast<object?>(), r.Issues, r.OpenIssues, r.Share]);
    }

    private async Task<(SentimentConsolidationDto? Result, CommandStatus Status, IReadOnlyList<string> Errors)> LoadAsync(CancellationToken cancellationToken)
    {
        var (query, errors) = ConsolidationQuery.Parse(OrganizationId, From, To, By);
        if (errors.Any)
        {
            return (null, CommandStatus.Invalid, [.. errors.ToDictionary().SelectMany(e => e.Value)]);
        }

        var (result, status) = await consolidation.GetAsync(query.OrganizationId, query.From, query.To, query.Granularity, cancellationToken);
        return (result, status, []);
    }

    public static string Granularity(SentimentGranularity granularity) => granularity == SentimentGranularity.Month ? "tháng" : "quý";
}
