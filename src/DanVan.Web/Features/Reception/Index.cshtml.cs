using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reception;

/// <summary>The reception sessions of an organisation and its subtree, newest first; exported to Excel as filtered.</summary>
public sealed class IndexModel(ReceptionSessionDirectory directory, SubtreeAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    /// <summary>MM/yyyy.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    /// <summary>"true", "false" or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Head { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public PagedList<ReceptionSessionDto>? List { get; private set; }

    public SubtreeAccess.Root? Root { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = ReceptionFilter.Parse(OrganizationId, Month, Head, Q, PageNumber, null);
        Organizations = await access.ChoicesAsync(cancellationToken);
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
        var (filter, errors) = ReceptionFilter.Parse(OrganizationId, Month, Head, Q, "1", ExcelExport.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture), ExcelExport.MaxRows);
        if (errors.Any)
        {
            return BadRequest();
        }

        var (list, _, status) = await directory.ListAsync(filter, cancellationToken);
        if (list is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        return ExcelExport.File("so-tiep-cong-dan.xlsx", "Sổ tiếp công dân",
            ["Ngày tiếp", "Cơ quan, tổ chức", "Địa điểm", "Người tiếp", "Chức vụ", "Người đứng đầu trực tiếp tiếp", "Hình thức", "Đột xuất", "Lý do tiếp đột xuất", "Số lượt công dân", "Nội dung phản ánh, kiến nghị", "Kết quả"],
            list.Items,
            s => [s.HeldOn, s.OrganizationName, s.Place, s.ReceiverName, s.ReceiverPositionName, s.HeadInPerson ? "Có" : "Không", s.IsOnline ? "Trực tuyến" : "Trực tiếp", s.IsAdHoc ? "Có" : "Không", s.AdHocReason, s.CitizenCount, s.Matters, s.Outcomes]);
    }
}
