using DanVan.Web.Features.Organizations;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Admin;

/// <summary>
/// A national catalogue of types on one page: everyone with access sees it; central administrators
/// add, rename, reorder and retire entries. A type in use is retired, never deleted.
/// </summary>
public abstract class TypeCatalogPageModel : PageModel
{
    [BindProperty]
    public OrganizationTypeInput Input { get; set; } = new();

    public TypeCatalogView Catalog { get; private set; } = new([], false, 0, string.Empty);

    /// <summary>What an entry is called in messages, e.g. "loại hội nghị".</summary>
    protected abstract string Noun { get; }

    protected abstract int CodeLength { get; }

    protected abstract Task<IReadOnlyList<TypeCatalogRow>> RowsAsync(CancellationToken cancellationToken);

    protected abstract Task<bool> MayEditAsync(CancellationToken cancellationToken);

    protected abstract Task<CommandResult<int>> SaveAsync(int? id, OrganizationTypeInput input, CancellationToken cancellationToken);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(int? id, CancellationToken cancellationToken)
    {
        var result = await SaveAsync(id, Input, cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = $"Đã lưu {Noun} \"{Input.Name?.Trim()}\".";
            return RedirectToPage();
        }

        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(result.Errors, nameof(Input));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Catalog = new TypeCatalogView(await RowsAsync(cancellationToken), await MayEditAsync(cancellationToken), CodeLength, Noun);
}
