using DanVan.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Organizations;

public sealed class DetailsModel(OrganizationDirectory directory, OrganizationScope scope) : PageModel
{
    public OrganizationDetails? Organization { get; private set; }

    private const int ChildrenPageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    /// <summary>One page of the open children; <see cref="ChildrenPage"/> has the total.</summary>
    public IReadOnlyList<OrganizationSummary> Children { get; private set; } = [];

    public Infrastructure.PagedList<OrganizationSummary> ChildrenPage { get; private set; } = new([], 0, 1, ChildrenPageSize);

    public bool CanManage { get; private set; }

    public bool CanReadParent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int organizationId, CancellationToken cancellationToken)
    {
        Organization = await directory.GetAsync(organizationId, cancellationToken);
        if (Organization is null)
        {
            return NotFound();
        }

        var children = await directory.ChildrenAsync(organizationId, includeClosed: false, cancellationToken) ?? [];
        var page = Math.Clamp(PageNumber ?? 1, 1, Math.Max(1, (children.Count + ChildrenPageSize - 1) / ChildrenPageSize));
        Children = children.Skip((page - 1) * ChildrenPageSize).Take(ChildrenPageSize).ToList();
        ChildrenPage = new(Children, children.Count, page, ChildrenPageSize);
        CanManage = await scope.CanManageAsync(Organization.Path, cancellationToken);
        CanReadParent = Organization.ParentId is { } parent && await scope.CanReadAsync(parent, cancellationToken);
        return Page();
    }
}
