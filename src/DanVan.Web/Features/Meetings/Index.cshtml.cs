using DanVan.Data.Meetings;
using DanVan.Domain.Meetings;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Meetings;

/// <summary>The meetings an organisation sees in a period, in time order; exported to Excel as filtered.</summary>
public sealed class IndexModel(MeetingDirectory directory, MeetingAccess access, SubtreeAccess organizations, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? TypeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public PagedList<MeetingRow>? List { get; private set; }

    public SubtreeAccess.Root? Root { get; private set; }

    public MeetingQuery? Query { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<MeetingTypeDto> Types { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public static IReadOnlyList<(OrganizationLevel Level, string Name)> Levels { get; } =
        [(OrganizationLevel.Central, "Trung ương"), (OrganizationLevel.Province, "Tỉnh, thành phố"), (OrganizationLevel.Commune, "Xã, phường, đặc khu")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await organizations.ChoicesAsync(cancellationToken);
        Types = await access.TypesAsync(cancellationToken);
        var (query, errors) = MeetingListInput.Parse(OrganizationId, From, To, TypeId, Level, Q, PageNumber, null, Today);
        Query = query;
        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value)];
            return Page();
        }

        var (list, root, status) = await directory.ListAsync(query, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        (List, Root) = (list, root);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var (query, errors) = MeetingListInput.Parse(OrganizationId, From, To, TypeId, Level, Q, null, null, Today);
        if (errors.Any)
        {
            return BadRequest();
        }

        var (rows, status) = await directory.StreamAsync(query, cancellationToken);
        if (rows is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        return ExcelExport.File("danh-sach-hoi-nghi.xlsx", "Hội nghị",
            ["Ngày", "Bắt đầu", "Kết thúc", "Tên hội nghị", "Loại", "Cơ quan chủ trì", "Hình thức", "Địa điểm", "Số điểm cầu", "Tình trạng"],
            rows,
            m => [DateOnly.FromDateTime(m.StartsAt), m.StartsAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), m.EndsAt.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                m.Title, m.TypeName, m.HostName, MeetingModeNames.Of(m.Mode), m.Place, m.BridgePointCount, m.IsCancelled ? "Đã hủy" : "Theo kế hoạch"]);
    }

    private DateOnly Today => ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
}
