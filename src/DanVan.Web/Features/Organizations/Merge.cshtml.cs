using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Organizations;

public sealed class MergeModel(MergeOrganization merge, OrganizationDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int OrganizationId { get; set; }

    [BindProperty]
    public int? TargetId { get; set; }

    [BindProperty]
    public string? EffectiveOn { get; set; }

    public string Name { get; private set; } = string.Empty;

    public IReadOnlyList<OrganizationSummary> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        EffectiveOn = DateInput.Show(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await merge.HandleAsync(OrganizationId, new MergeOrganizationRequest(TargetId, EffectiveOn), cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = $"Đã hợp nhất \"{await NameAsync(cancellationToken)}\" từ ngày {EffectiveOn}.";
            return Redirect($"/Organizations/Details/{result.Value}");
        }

        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(result.Errors, string.Empty);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<string> NameAsync(CancellationToken cancellationToken) =>
        (await directory.GetAsync(OrganizationId, cancellationToken))?.Name ?? string.Empty;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var organization = await directory.GetAsync(OrganizationId, cancellationToken);
        if (organization is null)
        {
            return false;
        }

        Name = organization.Name;
        Targets = await directory.MergeTargetsAsync(organization, cancellationToken);
        return true;
    }
}
