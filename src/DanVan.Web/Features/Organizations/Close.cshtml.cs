using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Organizations;

public sealed class CloseModel(CloseOrganization close, OrganizationDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int OrganizationId { get; set; }

    [BindProperty]
    public string? ClosedOn { get; set; }

    public string Name { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ClosedOn = DateInput.Show(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await close.HandleAsync(OrganizationId, new CloseOrganizationRequest(ClosedOn), cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = $"Đã đóng tổ chức từ ngày {ClosedOn}.";
            return Redirect($"/Organizations/Details/{OrganizationId}");
        }

        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(result.Errors, string.Empty);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var organization = await directory.GetAsync(OrganizationId, cancellationToken);
        Name = organization?.Name ?? string.Empty;
        return organization is not null;
    }
}
