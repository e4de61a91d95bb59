using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Organizations;

public sealed class EditModel(UpdateOrganization update, OrganizationDirectory directory, OrganizationFormChoices choices) : PageModel
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int OrganizationId { get; set; }

    public string OriginalName { get; private set; } = string.Empty;

    public bool IsRoot { get; private set; }

    public OrganizationFormView Form => new(Input, choices, ModelState, ShowParent: !IsRoot);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var organization = await directory.GetAsync(OrganizationId, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Input = new OrganizationInput
        {
            Name = organization.Name,
            TypeId = organization.TypeId,
            Level = organization.Level,
            AdminUnitCode = organization.AdminUnitCode,
            ParentId = organization.ParentId,
            ValidFrom = DateInput.Show(organization.ValidFrom),
        };
        await LoadAsync(organization, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await update.HandleAsync(OrganizationId, Input, cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = "Đã lưu thay đổi.";
            return Redirect($"/Organizations/Details/{OrganizationId}");
        }

        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(result.Errors, nameof(Input));
        var organization = await directory.GetAsync(OrganizationId, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        await LoadAsync(organization, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(OrganizationDetails organization, CancellationToken cancellationToken)
    {
        OriginalName = organization.Name;
        IsRoot = organization.ParentId is null;
        await choices.LoadAsync(Input.ParentId ?? organization.ParentId, OrganizationId, cancellationToken);
    }
}
