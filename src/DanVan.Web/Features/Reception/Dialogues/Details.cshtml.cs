using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reception.Dialogues;

/// <summary>One direct dialogue with its follow-ups and change history; deleting asks first.</summary>
public sealed class DetailsModel(DialogueDirectory directory, SaveDialogue save, ChangeHistory history) : PageModel
{
    public DialogueDto Dialogue { get; private set; } = null!;

    public IReadOnlyList<ChangeDto> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long dialogueId, CancellationToken cancellationToken)
    {
        var (dialogue, status) = await directory.GetAsync(dialogueId, cancellationToken);
        if (dialogue is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        Dialogue = dialogue;
        Changes = await history.OfAsync(nameof(Data.Reception.Dialogue), dialogueId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long dialogueId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(dialogueId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = $"Đã xóa buổi đối thoại \"{result.Value!.Topic}\". Việc xóa được ghi vào nhật ký thay đổi.";
        return RedirectToPage("Index", new { organizationId = result.Value.OrganizationId });
    }
}
