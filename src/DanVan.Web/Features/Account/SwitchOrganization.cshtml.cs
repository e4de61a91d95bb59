using DanVan.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Account;

public sealed class SwitchOrganizationModel(OrganizationScope scope, CurrentOrganization current) : PageModel
{
    public IReadOnlyList<ScopeRole> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Roles = await scope.RolesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(int organizationId, string? returnUrl, CancellationToken cancellationToken)
    {
        if (!await current.SetAsync(organizationId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Success"] = "Đã đổi đơn vị làm việc.";
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/Organizations");
    }
}
