using System.Globalization;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reception.Dialogues;

/// <summary>Records a direct dialogue, or corrects one.</summary>
public sealed class EditModel(SaveDialogue save, DialogueDirectory directory, SubtreeAccess access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DialogueInput Input { get; set; } = new();

    public long? DialogueId { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? dialogueId, int? organizationId, CancellationToken cancellationToken)
    {
        if (dialogueId is { } id)
        {
            var (dialogue, status) = await directory.GetAsync(id, cancellationToken);
            if (dialogue is null)
            {
                return this.Refusal(status) ?? NotFound();
            }

            DialogueId = id;
            Input = new DialogueInput
            {
                OrganizationId = dialogue.OrganizationId,
                Topic = dialogue.Topic,
                HeldOn = DateInput.Show(dialogue.HeldOn),
                Place = dialogue.Place,
                HostName = dialogue.HostName,
                HostPosition = dialogue.HostPosition.ToString(),
                ParticipantCount = dialogue.ParticipantCount.ToString(CultureInfo.InvariantCulture),
                Participants = dialogue.Participants,
                Issues = dialogue.Issues,
                Answers = dialogue.Answers,
                FollowUps = string.Join('\n', dialogue.FollowUps),
            };
        }
        else
        {
            Input.OrganizationId = organizationId ?? await access.CurrentIdAsync(cancellationToken);
            Input.HeldOn = DateInput.Show(ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime));
        }

        await LoadAsync(dialogueId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? dialogueId, CancellationToken cancellationToken)
    {
        var result = dialogueId is { } id
            ? await save.UpdateAsync(id, Input, cancellationToken)
            : await save.CreateAsync(Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            DialogueId = dialogueId;
            await LoadAsync(dialogueId, cancellationToken);
            return Page();
        }

        TempData["Success"] = dialogueId is null
            ? $"Đã ghi buổi đối thoại \"{result.Value!.Topic}\"."
            : $"Đã lưu thay đổi buổi đối thoại \"{result.Value!.Topic}\".";
        return RedirectToPage("Details", new { dialogueId = result.Value.Id });
    }

    private async Task LoadAsync(long? dialogueId, CancellationToken cancellationToken)
    {
        Organizations = await access.ChoicesAsync(dialogueId is null ? null : Input.OrganizationId, cancellationToken);
    }
}
