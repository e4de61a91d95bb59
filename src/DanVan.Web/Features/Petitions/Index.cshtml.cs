using DanVan.Data;
using DanVan.Domain.Petitions;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>The petition queue of an organisation and its subtree, nearest legal deadline first; exported as the petition ledger.</summary>
public sealed class IndexModel(PetitionDirectory directory, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public PetitionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public PetitionStatus? Status { get; set; }

    /// <summary>"open" (default), "overdue", "soon" or "all".</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public PagedList<PetitionSummary>? List { get; private set; }

    public string OrganizationName { get; private set; } = string.Empty;

    public string? Error { get; private set; }

    public string CurrentView => View is "overdue" or "soon" or "all" ? View : "open";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Q?.Length > 200)
        {
            Error = "Từ khóa không được dài quá 200 ký tự.";
            return Page();
        }

        var (list, organizationId, status) = await directory.QueueAsync(Query(PageNumber, 50), cancellationToken);
        if (this.Refusal(status) is { } refusal && status != CommandStatus.NotFound)
        {
            return refusal;
        }

        List = list;
        OrganizationId = organizationId;
        OrganizationName = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (Q?.Length > 200)
        {
            return BadRequest();
        }

        var (rows, status) = await directory.LedgerAsync(Query(1, 1), cancellationToken);
        if (rows is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        return ExcelExport.File("so-theo-doi-don-thu.xlsx", "Sổ theo dõi đơn thư",
            ["Mã tra cứu", "Ngày nhận", "Nguồn đơn", "Loại đơn", "Lĩnh vực", "Trích yếu", "Người gửi", "Cơ quan xử lý", "Trạng thái", "Hạn xử lý", "Số ngày còn lại", "Người xử lý"],
            rows,
            p => [p.TrackingCode, p.ReceivedOn, PetitionNames.Of(p.Channel), p.KindName, PetitionNames.Of(p.Field), p.Summary, p.Petitioners, p.OrganizationName, p.StatusName, p.DueOn, p.DaysLeft, p.AssignedToName]);
    }

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    private PetitionQuery Query(int? page, int pageSize) => CurrentView switch
    {
        "overdue" => new PetitionQuery(OrganizationId, Q, Status, Kind, "overdue", true, page, pageSize),
        "soon" => new PetitionQuery(OrganizationId, Q, Status, Kind, "soon", true, page, pageSize),
        "all" => new PetitionQuery(OrganizationId, Q, Status, Kind, null, false, page, pageSize),
        _ => new PetitionQuery(OrganizationId, Q, Status, Kind, null, Status is null, page, pageSize),
    };

    public string ViewLink(string view) => $"/Petitions?organizationId={OrganizationId}&view={view}";

    public static string DueText(PetitionSummary p) => p.DaysLeft is { } left ? Capitalize(PetitionDeadline.Describe(left)) : "—";

    /// <summary>The badge colour of a deadline's state, on the queue and the file.</summary>
    public static string DueBadge(DeadlineState? state) => state switch
    {
        DeadlineState.Overdue => "text-bg-danger",
        DeadlineState.DueSoon => "text-bg-warning",
        DeadlineState.OnTrack => "text-bg-success",
        _ => "text-bg-secondary",
    };

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
