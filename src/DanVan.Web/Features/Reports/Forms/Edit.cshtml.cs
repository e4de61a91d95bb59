using DanVan.Data;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports.Forms;

/// <summary>Creates a form or edits a draft version: general settings, indicators, narrative sections and rules on one page.</summary>
public sealed class EditModel(ReportFormCatalog catalog, SaveReportForm save, AppDbContext db, OrganizationScope scope, CurrentOrganization current) : PageModel
{
    /// <summary>The standard five-part outline of a review (đề cương sơ kết, tổng kết).</summary>
    public static readonly SectionInput[] StandardSections =
    [
        new() { Code = "KQ", Title = "Kết quả đạt được" },
        new() { Code = "HC", Title = "Hạn chế, khuyết điểm và nguyên nhân" },
        new() { Code = "BH", Title = "Bài học kinh nghiệm" },
        new() { Code = "PH", Title = "Phương hướng, nhiệm vụ thời gian tới" },
        new() { Code = "KN", Title = "Đề xuất, kiến nghị" },
    ];

    [BindProperty]
    public ReportFormInput Input { get; set; } = new();

    public int? FormId { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Owners { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Types { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? formId, CancellationToken cancellationToken)
    {
        FormId = formId;
        if (formId is { } id)
        {
            var form = await catalog.GetAsync(id, cancellationToken);
            if (form is null)
            {
                return NotFound();
            }

            if (!form.CanEdit)
            {
                return RedirectToPage("Details", new { formId = id });
            }

            Input = ReportFormCatalog.ToInput(form);
        }
        else
        {
            Input = new ReportFormInput
            {
                PeriodType = PeriodType.Quarter,
                DeadlineDays = 15,
                LockAfterDays = 60,
                OwnerOrganizationId = (await current.GetAsync(cancellationToken))?.OrganizationId,
                SubmitterLevels = [OrganizationLevel.Commune],
                Indicators = [new IndicatorInput { Aggregation = Aggregation.Sum }],
                Sections = [.. StandardSections.Select(s => new SectionInput { Code = s.Code, Title = s.Title })],
            };
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? formId, CancellationToken cancellationToken)
    {
        FormId = formId;
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        var result = formId is { } id ? await save.UpdateAsync(id, Input, cancellationToken) : await save.CreateAsync(Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = formId is null ? "Đã tạo biểu mẫu (đang soạn thảo). Kiểm tra lại rồi bấm Ban hành." : "Đã lưu biểu mẫu.";
        return RedirectToPage("Details", new { formId = result.Value });
    }

    public string? ErrorFor(string key) => ModelState.ErrorFor($"{nameof(Input)}.{key}");

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var roots = await scope.ReadablePathsAsync(cancellationToken);
        Owners = (await db.Organizations.AsNoTracking().WithinAnySubtree(roots)
                .Where(o => o.ValidTo == null && (o.Level == OrganizationLevel.Central || o.Level == OrganizationLevel.Province))
                .OrderBy(o => o.Path.Length).ThenBy(o => o.NameFolded).Take(300)
                .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Name)).ToList();
        Types = (await db.OrganizationTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder)
                .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name)).ToList();
    }
}
