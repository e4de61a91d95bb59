using System.Globalization;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Programmes.Tasks;

/// <summary>The tasks of an organisation's subtree, by deadline; exported to Excel as filtered.</summary>
public sealed class IndexModel(TaskDirectory directory, ProgrammeDirectory programmes, TaskAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Deadline { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ProgrammeId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"lead" (default): the tasks the subtree leads; "coordinate": those it co-ordinates.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public PagedList<TaskRow>? List { get; private set; }

    public SubtreeAccess.Root? Root { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<ProgrammeDto> Programmes { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public DateOnly Today => directory.Today;

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = TaskFilter.Parse(OrganizationId, Status, Deadline, ProgrammeId, Year, Q, Sort, PageNumber, null, role: Role);
        Organizations = await access.ChoicesAsync(cancellationToken);
        Programmes = await programmes.ChoicesAsync(cancellationToken);
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
        var (filter, errors) = TaskFilter.Parse(OrganizationId, Status, Deadline, ProgrammeId, Year, Q, Sort, "1", null, role: Role);
        if (errors.Any)
        {
            return BadRequest();
        }

        var (rows, status) = await directory.ExportAsync(filter, cancellationToken);
        if (rows is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        return ExcelExport.File("nhiem-vu.xlsx", "Nhiệm vụ",
            ["Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị giao", "Nguồn giao", "Căn cứ", "Ngày bắt đầu", "Hạn hoàn thành", "Trạng thái", "Tình trạng hạn", "Tiến độ (%)"],
            rows,
            t => [t.Title, t.OrganizationName, t.AssignedByOrganizationName, t.SourceKindName, t.SourceReference, t.StartOn, t.DueOn, t.StatusName, t.DeadlineStateName, t.Progress]);
    }
}
