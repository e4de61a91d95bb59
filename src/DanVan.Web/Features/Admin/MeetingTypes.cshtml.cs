using DanVan.Web.Features.Meetings;
using DanVan.Web.Features.Organizations;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Admin;

/// <summary>The meeting types: everyone sees them; central administrators add, rename, reorder and retire them.</summary>
public sealed class MeetingTypesModel(MeetingAccess access, SaveMeetingType save) : PageModel
{
    [BindProperty]
    public OrganizationTypeInput Input { get; set; } = new();

    public IReadOnlyList<MeetingTypeDto> Types { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(int? id, CancellationToken cancellationToken)
    {
        var result = await save.HandleAsync(id, Input, cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = $"Đã lưu loại hội nghị \"{Input.Name?.Trim()}\".";
            return RedirectToPage();
        }

        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(result.Errors, nameof(Input));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Types = await access.TypesAsync(cancellationToken);
        MayEdit = await save.MayEditAsync(cancellationToken);
    }
}
