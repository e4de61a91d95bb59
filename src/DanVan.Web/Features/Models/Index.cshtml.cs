using DanVan.Documents;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Models;

/// <summary>The models of an organisation and its subtree, filtered; to Excel as filtered, and to Word as a list for emulation reviews.</summary>
public sealed class IndexModel(ModelDirectory directory, ModelAccess access, ModelReviewList review) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    /// <summary>Recognised, Expired, None or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Recognition { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public PagedList<ModelSummaryDto>? List { get; private set; }

    public SubtreeAccess.Root? Root { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public string WordLink => Pager.WithHandler(Request.Query, "Word");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, errors) = Parse(PageNumber);
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

        return ExcelExport.File("mo-hinh-dan-van-kheo.xlsx", "Mô hình Dân vận khéo",
            ["Tên mô hình", "Lĩnh vực", "Đơn vị thực hiện", "Cấp", "Ngày bắt đầu", "Công nhận", "Nhân rộng từ mô hình", "Công khai"],
            rows,
            m => [m.Name, m.FieldName, m.OrganizationName, m.LevelName, m.StartedOn, m.RecognitionName, m.OriginId, m.IsPublished ? "Có" : "Không"]);
    }

    public async Task<IActionResult> OnGetWordAsync(string? style, CancellationToken cancellationToken)
    {
        var (filter, errors) = Parse(null);
        if (errors.Any)
        {
            return BadRequest();
        }

        var (document, status) = await review.WriteAsync(filter, style == "state" ? DocumentStyle.State : DocumentStyle.Party, cancellationToken);
        if (document is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        return File(document, OfficialDocumentWriter.ContentType, "danh-sach-mo-hinh-dan-van-kheo.docx");
    }

    private (ModelFilter Filter, ValidationErrors Errors) Parse(string? page) =>
        ModelFilter.Parse(OrganizationId, Field, Level, Year, Recognition, Q, page, null);
}
