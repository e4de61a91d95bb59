using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Models;

/// <summary>One model: results, recognition decisions, photos, documents and its replication tree; recognise, replicate, upload and delete from here.</summary>
public sealed class DetailsModel(ModelDirectory directory, SaveModel save, RecogniseModel recognise, ModelFiles files, ModelAccess access, TimeProvider clock) : PageModel
{
    public ModelDto Item { get; private set; } = null!;

    public ModelTreeDto? Tree { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    [BindProperty]
    public RecognitionInput Recognition { get; set; } = new();

    [BindProperty]
    public ReplicaInput Replica { get; set; } = new();

    /// <summary>The form to keep open after an error.</summary>
    public string? Section { get; private set; }

    public async Task<IActionResult> OnGetAsync(long modelId, CancellationToken cancellationToken)
    {
        Recognition.DecidedOn = DateInput.Show(ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime));
        Replica.StartedOn = Recognition.DecidedOn;
        Recognition.Level = "Province";
        return await ShowAsync(modelId, cancellationToken);
    }

    public async Task<IActionResult> OnPostRecogniseAsync(long modelId, CancellationToken cancellationToken)
    {
        var result = await recognise.AddAsync(modelId, Recognition, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Recognition));
            Section = "recognise";
            return await ShowAsync(modelId, cancellationToken);
        }

        TempData["Success"] = $"Đã ghi quyết định công nhận số {result.Value!.DecisionNumber} ngày {DateInput.Show(result.Value.DecidedOn)}.";
        return RedirectToPage("Details", new { modelId });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long modelId, long recognitionId, CancellationToken cancellationToken)
    {
        var result = await recognise.RemoveAsync(modelId, recognitionId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = $"Đã xóa quyết định công nhận số {result.Value!.DecisionNumber}.";
        return RedirectToPage("Details", new { modelId });
    }

    public async Task<IActionResult> OnPostReplicateAsync(long modelId, CancellationToken cancellationToken)
    {
        var result = await save.ReplicateAsync(modelId, Replica, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Replica));
            Section = "replicate";
            return await ShowAsync(modelId, cancellationToken);
        }

        TempData["Success"] = $"Đã nhân rộng mô hình \"{result.Value!.Name}\"; mô hình mới liên kết với mô hình gốc.";
        return RedirectToPage("Details", new { modelId = result.Value.Id });
    }

    public async Task<IActionResult> OnPostPhotoAsync(long modelId, IFormFile? photo, string? caption, CancellationToken cancellationToken)
    {
        var result = await files.AddPhotoAsync(modelId, photo, caption, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, string.Empty);
            return await ShowAsync(modelId, cancellationToken);
        }

        TempData["Success"] = "Đã thêm ảnh và tạo ảnh thu nhỏ.";
        return RedirectToPage("Details", new { modelId });
    }

    public async Task<IActionResult> OnPostDocumentAsync(long modelId, IFormFile? document, CancellationToken cancellationToken)
    {
        var result = await files.AddDocumentAsync(modelId, document, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddModelError("Document", result.Message ?? "Không thêm được tài liệu.");
            return await ShowAsync(modelId, cancellationToken);
        }

        TempData["Success"] = "Đã thêm tài liệu.";
        return RedirectToPage("Details", new { modelId });
    }

    public async Task<IActionResult> OnGetPhotoAsync(long modelId, long photoId, bool thumbnail, CancellationToken cancellationToken)
    {
        var (content, type, status) = await files.PhotoAsync(modelId, photoId, thumbnail, cancellationToken);
        return content is null ? this.Refusal(status) ?? NotFound() : File(content, type);
    }

    public async Task<IActionResult> OnGetDocumentAsync(long modelId, long documentId, CancellationToken cancellationToken)
    {
        var (document, status) = await files.DocumentAsync(modelId, documentId, cancellationToken);
        return document is null ? this.Refusal(status) ?? NotFound() : File(document.Content, document.ContentType, document.FileName);
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(long modelId, long photoId, CancellationToken cancellationToken)
    {
        var result = await files.RemovePhotoAsync(modelId, photoId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = "Đã xóa ảnh.";
        return RedirectToPage("Details", new { modelId });
    }

    public async Task<IActionResult> OnPostRemoveDocumentAsync(long modelId, long documentId, CancellationToken cancellationToken)
    {
        var result = await files.RemoveDocumentAsync(modelId, documentId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = "Đã xóa tài liệu.";
        return RedirectToPage("Details", new { modelId });
    }

    public async Task<IActionResult> OnPostDeleteAsync(long modelId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(modelId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            TempData["Success"] = null;
            ModelState.AddModelError(string.Empty, result.Message ?? "Không xóa được mô hình.");
            return await ShowAsync(modelId, cancellationToken);
        }

        TempData["Success"] = $"Đã xóa mô hình \"{result.Value!.Name}\". Việc xóa được ghi vào nhật ký thay đổi.";
        return RedirectToPage("Index", new { organizationId = result.Value.OrganizationId });
    }

    private async Task<IActionResult> ShowAsync(long modelId, CancellationToken cancellationToken)
    {
        var (model, status) = await directory.GetAsync(modelId, cancellationToken);
        if (model is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        Item = model;
        (Tree, _) = await directory.TreeAsync(modelId, cancellationToken);
        Organizations = await access.ChoicesAsync(cancellationToken);
        return Page();
    }
}
