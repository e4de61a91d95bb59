using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Organizations;

/// <summary>The tree, expanded lazily: htmx asks for one node's children at a time.</summary>
public sealed class IndexModel(OrganizationDirectory directory, Auth.CurrentOrganization current) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public IReadOnlyList<OrganizationSummary> Roots { get; private set; } = [];

    public PagedList<OrganizationSummary>? Search { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Q?.Length > 200)
        {
            Error = "Từ khóa tối đa 200 ký tự.";
            return;
        }

        if (!string.IsNullOrWhiteSpace(Q) || Closed)
        {
            Search = await directory.SearchAsync(Q, Closed, PageNumber, Paging.DefaultPageSize, cancellationToken);
            return;
        }

        Roots = await directory.RootsAsync(await current.GetAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The organisations the search (or, without one, the whole subtree) selects, as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (Q?.Length > 200)
        {
            return BadRequest();
        }

        var rows = await directory.StreamAsync(Q, Closed, cancellationToken);
        return ExcelExport.File("to-chuc.xlsx", "Tổ chức", ["Mã", "Tên tổ chức", "Loại", "Cấp", "Mã ĐVHC", "Mã tổ chức cấp trên", "Tổ chức cấp trên", "Hoạt động từ", "Đến"], rows,
            o => [o.Id, o.Name, o.TypeName, DanVan.Domain.Organizations.OrganizationLevelNames.Of(o.Level), o.AdminUnitCode, o.ParentId, o.ParentName, o.ValidFrom, o.ValidTo]);
    }

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public async Task<IActionResult> OnGetChildrenAsync(int parentId, CancellationToken cancellationToken)
    {
        var children = await directory.ChildrenAsync(parentId, includeClosed: false, cancellationToken);
        return children is null ? Forbid() : Partial("_TreeNodes", children);
    }
}
