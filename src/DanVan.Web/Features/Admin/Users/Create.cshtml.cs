using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Admin.Users;

public sealed class CreateModel(ManageUsers manage, ManagedOrganizations organizations) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<ManagedOrganization> Organizations { get; private set; } = [];

    public string? Error(string key) => ModelState.ErrorFor(key);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organizations = await organizations.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await manage.CreateAsync(Input, cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = $"Đã tạo tài khoản \"{Input.UserName?.Trim()}\".";
            return Redirect($"/Admin/Users/Details/{result.Value}");
        }

        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(result.Errors, nameof(Input));
        Organizations = await organizations.ListAsync(cancellationToken);
        return Page();
    }
}
