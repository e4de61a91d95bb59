using DanVan.Data;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Organizations;

public sealed class CreateModel(CreateOrganization create, OrganizationFormChoices choices, OrganizationScope scope, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public string? ParentName { get; private set; }

    public OrganizationFormView Form => new(Input, choices, ModelState, ShowParent: false);

    public async Task<IActionResult> OnGetAsync(int parentId, CancellationToken cancellationToken)
    {
        var parent = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == parentId, cancellationToken);
        if (parent is null || !await scope.CanManageAsync(parent.Path, cancellationToken))
        {
            return NotFound();
        }

        Input = new OrganizationInput
        {
            ParentId = parentId,
            Level = parent.Level == OrganizationLevel.Central ? OrganizationLevel.Province : OrganizationLevel.Commune,
            ValidFrom = DateInput.Show(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)),
        };
        ParentName = parent.Name;
        await choices.LoadAsync(parentId, null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await create.HandleAsync(Input, cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = $"Đã thêm tổ chức \"{Input.Name?.Trim()}\".";
            return Redirect($"/Organizations/Details/{result.Value}");
        }

        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(result.Errors, nameof(Input));
        ParentName = await db.Organizations.Where(o => o.Id == Input.ParentId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        await choices.LoadAsync(Input.ParentId, null, cancellationToken);
        return Page();
    }
}
