using System.Globalization;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Models;

/// <summary>Registers a model, or corrects one (đăng ký, sửa mô hình).</summary>
public sealed class EditModel(SaveModel save, ModelDirectory directory, ModelAccess access, TimeProvider clock) : PageModel
{
    /// <summary>Empty result rows offered below the filled ones.</summary>
    public const int SpareRows = 3;

    [BindProperty]
    public ModelInput Input { get; set; } = new();

    public long? ModelId { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? modelId, int? organizationId, CancellationToken cancellationToken)
    {
        if (modelId is { } id)
        {
            var (model, status) = await directory.GetAsync(id, cancellationToken);
            if (model is null)
            {
                return this.Refusal(status) ?? NotFound();
            }

            ModelId = id;
            Input = new ModelInput
            {
                OrganizationId = model.OrganizationId,
                Name = model.Name,
                Field = model.Field.ToString(),
                StartedOn = DateInput.Show(model.StartedOn),
                Description = model.Description,
                Goals = model.Goals,
                Beneficiaries = model.Beneficiaries,
                IsPublished = model.IsPublished,
                Results = [.. model.Results.Select(r => new ModelResultInput { Value = r.Value.ToString("#,0.##", CultureInfo.GetCultureInfo("vi-VN")), Unit = r.Unit, Label = r.Label })],
            };
        }
        else
        {
            Input.OrganizationId = organizationId ?? await access.CurrentIdAsync(cancellationToken);
            Input.StartedOn = DateInput.Show(ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime));
        }

        await LoadAsync(modelId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? modelId, CancellationToken cancellationToken)
    {
        var result = modelId is { } id
            ? await save.UpdateAsync(id, Input, cancellationToken)
            : await save.CreateAsync(Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            ModelId = modelId;
            await LoadAsync(modelId, cancellationToken);
            return Page();
        }

        var model = result.Value!;
        TempData["Success"] = modelId is null
            ? $"Đã đăng ký mô hình \"{model.Name}\". Hãy thêm ảnh, tài liệu và quyết định công nhận ở trang này."
            : $"Đã lưu thay đổi mô hình \"{model.Name}\".";
        return RedirectToPage("Details", new { modelId = model.Id });
    }

    private async Task LoadAsync(long? modelId, CancellationToken cancellationToken)
    {
        Organizations = await access.ChoicesAsync(modelId is null ? null : Input.OrganizationId, cancellationToken);
        Input.Results ??= [];
        while (Input.Results.Count > 0 && Input.Results[^1] is { } last
            && string.IsNullOrWhiteSpace(last.Value) && string.IsNullOrWhiteSpace(last.Unit) && string.IsNullOrWhiteSpace(last.Label))
        {
            Input.Results.RemoveAt(Input.Results.Count - 1);
        }

        Input.Results.AddRange(Enumerable.Range(0, SpareRows).Select(_ => new ModelResultInput()));
    }
}
