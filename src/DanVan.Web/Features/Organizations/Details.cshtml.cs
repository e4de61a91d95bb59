using DanVan.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Organizations;

public sealed class DetailsModel(OrganizationDirectory directory, OrganizationScope scope) : PageModel
{
    public OrganizationDetails? Organization { get; private set; }

    public IReadOnlyList<OrganizationSummary> Children { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool CanReadParent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int organizationId, CancellationToken cancellationToken)
    {
        Organization = await directory.GetAsync(organizationId, cancellationToken);
        if (Organization is null)
        {
            return NotFound();
        }

        Children = await directory.ChildrenAsync(organizationId, includeClosed: false, cancellationToken) ?? [];
        CanManage = await scope.CanManageAsync(Organization.Path, cancellationToken);
        CanReadParent = Organization.ParentId is { } parent && await scope.CanReadAsync(parent, cancellationToken);
        return Page();
    }
}
