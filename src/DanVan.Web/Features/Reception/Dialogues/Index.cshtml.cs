using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reception.Dialogues;

/// <summary>The direct dialogues of an organisation and its subtree, newest first.</summary>
public sealed class IndexModel(DialogueDirectory directory, SubtreeAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public PagedList<DialogueDto>? List { get; private set; }

    public SubtreeAccess.Root? Root { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = ReceptionFilter.Parse(OrganizationId, Month, null, Q, PageNumber, null);
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
        var (filter, errors) = ReceptionFilter.Parse(OrganizationId, Month, null, Q, "1", ExcelExport.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture), ExcelExport.MaxRows);
        if (errors.Any)
        {
            return BadRequest();
        }

        var (list, _, status) = await directory.ListAsync(filter, cancellationToken);
        if (list is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        return ExcelExport.File("doi-thoai-truc-tiep.xlsx", "Đối thoại trực tiếp",
            ["Ngày", "Cơ quan, tổ chức", "Chủ đề", "Địa điểm", "Người chủ trì", "Chức vụ", "Số người tham dự", "Thành phần", "Vấn đề người dân nêu", "Nội dung trả lời", "Việc cần làm tiếp"],
            list.Items,
            d => [d.HeldOn, d.OrganizationName, d.Topic, d.Place, d.HostName, d.HostPositionName, d.ParticipantCount, d.Participants, d.Issues, d.Answers, string.Join("\n", d.FollowUps)]);
    }
}
