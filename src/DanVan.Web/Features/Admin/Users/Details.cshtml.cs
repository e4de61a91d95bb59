using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Admin.Users;

public sealed class DetailsModel(UserDirectory directory, ManageUsers manage, ManagedOrganizations organizations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string UserId { get; set; } = string.Empty;

    [BindProperty]
    public RoleInput Role { get; set; } = new();

    public UserSummary? UserInfo { get; private set; }

    public IReadOnlyList<ManagedOrganization> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddRoleAsync(CancellationToken cancellationToken)
    {
        var result = await manage.AddRoleAsync(UserId, Role, cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = "Đã phân vai trò.";
            return RedirectToPage(new { UserId });
        }

        return await FailAsync(result.Status, result.Errors, nameof(Role), cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveRoleAsync(int roleId, CancellationToken cancellationToken)
    {
        var result = await manage.RemoveRoleAsync(UserId, roleId, cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = "Đã gỡ vai trò.";
            return RedirectToPage(new { UserId });
        }

        return await FailAsync(result.Status, result.Errors, string.Empty, cancellationToken);
    }

    public async Task<IActionResult> OnPostLockAsync(CancellationToken cancellationToken)
    {
        var result = await manage.LockAsync(UserId, cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = "Đã khóa tài khoản. Người dùng không đăng nhập được cho đến khi được mở khóa.";
            return RedirectToPage(new { UserId });
        }

        return await FailAsync(result.Status, result.Errors, string.Empty, cancellationToken);
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken)
    {
        var result = await manage.UnlockAsync(UserId, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return NotFound();
        }

        TempData["Success"] = "Đã mở khóa tài khoản.";
        return RedirectToPage(new { UserId });
    }

    private async Task<IActionResult> FailAsync(CommandStatus status, IDictionary<string, string[]> errors, string prefix, CancellationToken cancellationToken)
    {
        if (this.Refusal(status) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(errors, prefix);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        UserInfo = await directory.GetAsync(UserId, cancellationToken);
        Organizations = await organizations.ListAsync(cancellationToken);
        return UserInfo is not null;
    }
}
