using DanVan.Data;
using DanVan.Domain.Petitions;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>One petition's file: its legal deadline, history and the actions its status allows.</summary>
public sealed class DetailsModel(PetitionDirectory directory, ActOnPetition act, PetitionFiles files, AppDbContext db) : PageModel
{
    public PetitionDetails Petition { get; private set; } = null!;

    public IReadOnlyList<(string UserName, string FullName)> Handlers { get; private set; } = [];

    [BindProperty]
    public PetitionActionInput Input { get; set; } = new();

    /// <summary>The action whose form failed, to open it again with its messages.</summary>
    public PetitionAction? Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(long petitionId, bool reveal, CancellationToken cancellationToken) =>
        await LoadAsync(petitionId, reveal, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long petitionId, CancellationToken cancellationToken)
    {
        var result = await act.HandleAsync(petitionId, Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = $"Đã ghi: {PetitionNames.Of(Input.Action!.Value).ToLowerInvariant()}.";
            return RedirectToPage(new { petitionId });
        }

        Failed = Input.Action;
        ModelState.AddErrors(result.Errors, nameof(Input));
        return await LoadAsync(petitionId, reveal: false, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAttachAsync(long petitionId, IFormFile? file, CancellationToken cancellationToken)
    {
        var result = await files.AddAsync(petitionId, file, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, string.Empty);
            return await LoadAsync(petitionId, reveal: false, cancellationToken) ?? Page();
        }

        TempData["Success"] = $"Đã đính kèm \"{Path.GetFileName(file!.FileName)}\".";
        return RedirectToPage(new { petitionId });
    }

    public async Task<IActionResult> OnPostDetachAsync(long petitionId, long documentId, CancellationToken cancellationToken)
    {
        var result = await files.RemoveAsync(petitionId, documentId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = "Đã xóa tài liệu.";
        return RedirectToPage(new { petitionId });
    }

    public async Task<IActionResult> OnGetDocumentAsync(long petitionId, long documentId, CancellationToken cancellationToken)
    {
        var (document, status) = await files.OpenAsync(petitionId, documentId, cancellationToken);
        return document is null ? this.Refusal(status) ?? NotFound() : File(document.Content, document.ContentType, document.FileName);
    }

    private async Task<IActionResult?> LoadAsync(long petitionId, bool reveal, CancellationToken cancellationToken)
    {
        var (details, status) = await directory.GetAsync(petitionId, reveal, cancellationToken);
        if (details is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        Petition = details;
        var organizationId = details.OrganizationId;
        Handlers = (await db.RoleAssignments.AsNoTracking().Where(r => r.OrganizationId == organizationId)
            .Select(r => new { r.User!.UserName, r.User.FullName }).Distinct().OrderBy(u => u.FullName).ToListAsync(cancellationToken))
            .Select(u => (u.UserName!, u.FullName)).ToList();
        return null;
    }
}
