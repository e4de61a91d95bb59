using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Campaigns;

/// <summary>The campaigns an organisation launches or takes part in, filtered; to Excel as filtered.</summary>
public sealed class IndexModel(CampaignDirectory directory, CampaignAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public PagedList<CampaignSummaryDto>? List { get; private set; }

    public SubtreeAccess.Root? Root { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = Parse(PageNumber);
        Organizations = await access.Subtree.ChoicesAsync(cancellationToken);
        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value)];
            return Page();
        }

        var (list, root, status) = await directory.ListAsync(filter, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        (List, Root) = (list, root);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = Parse(null);
        if (errors.Any)
        {
            return BadRequest();
        }

        var (rows, status) = await directory.StreamAsync(filter, cancellationToken);
        if (rows is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        return ExcelExport.File("phong-trao-cuoc-van-dong.xlsx", "Phong trào, cuộc vận động",
            ["Tên", "Loại", "Đơn vị phát động", "Từ ngày", "Đến ngày", "Giai đoạn", "Số đơn vị tham gia"],
            rows,
            c => [c.Name, c.KindName, c.HostName, c.StartsOn, c.EndsOn, c.PhaseName, c.ParticipantCount]);
    }

    private (CampaignFilter Filter, ValidationErrors Errors) Parse(string? page) =>
        CampaignFilter.Parse(OrganizationId, Kind, Year, Phase, Q, page, null);
}
