using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reception;

/// <summary>One reception session with its change history; deleting asks first.</summary>
public sealed class DetailsModel(ReceptionSessionDirectory directory, SaveReceptionSession save, ChangeHistory history) : PageModel
{
    public ReceptionSessionDto Session { get; private set; } = null!;

    public IReadOnlyList<ChangeDto> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long sessionId, CancellationToken cancellationToken)
    {
        var (session, status) = await directory.GetAsync(sessionId, cancellationToken);
        if (session is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        Session = session;
        Changes = await history.OfAsync(nameof(Data.Reception.ReceptionSession), sessionId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long sessionId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(sessionId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = $"Đã xóa buổi tiếp công dân ngày {DateInput.Show(result.Value!.HeldOn)}. Việc xóa được ghi vào nhật ký thay đổi.";
        return RedirectToPage("Index", new { organizationId = result.Value.OrganizationId });
    }
}
