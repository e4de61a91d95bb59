using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Programmes;

/// <summary>One work programme with its groups; deleting one without tasks asks first.</summary>
public sealed class DetailsModel(ProgrammeDirectory directory, SaveProgramme save) : PageModel
{
    public ProgrammeDto Programme { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int programmeId, CancellationToken cancellationToken)
    {
        var (programme, status) = await directory.GetAsync(programmeId, cancellationToken);
        if (programme is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        Programme = programme;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int programmeId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(programmeId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status == CommandStatus.Conflict)
        {
            ModelState.AddModelError(string.Empty, result.Message!);
            return await OnGetAsync(programmeId, cancellationToken);
        }

        TempData["Success"] = $"Đã xóa chương trình \"{result.Value!.Title}\". Việc xóa được ghi vào nhật ký thay đổi.";
        return RedirectToPage("Index", new { organizationId = result.Value.OrganizationId });
    }
}
