using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// The communes designated remote, hard-to-reach areas, for everyone who registers petitions to see;
/// administrators keep the list (a province's administrators the communes of their province).
/// </summary>
public sealed class RemoteAreasModel(RemoteAreas areas) : PageModel
{
    [BindProperty]
    public RemoteAreaInput Input { get; set; } = new();

    public string? Q { get; private set; }

    public PagedList<RemoteAreaDto> List { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    /// <summary>The units the person may change.</summary>
    public EditableUnits Editable { get; private set; } = new(new HashSet<string>());

    public bool MayEdit(RemoteAreaDto area) => Editable.Covers(area.AdminUnitCode, area.ProvinceCode);

    /// <summary>Whether the person may add any unit.</summary>
    public bool MayAdd => Editable.Any;

    public async Task OnGetAsync(string? q, int? p, CancellationToken cancellationToken) => await LoadAsync(q, p, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string? q, int? p, CancellationToken cancellationToken)
    {
        var result = await areas.AddAsync(Input, cancellationToken);
        if (result.Status == CommandStatus.Forbidden && !await areas.MayEditAnyAsync(cancellationToken))
        {
            return Forbid();
        }

        if (result.Status == CommandStatus.Forbidden)
        {
            // A province's administrator who names another province's commune: say so beside the field.
            ModelState.AddModelError("Input.Unit", "Bạn chỉ đưa vào danh mục được các xã, phường, đặc khu thuộc tỉnh (hoặc xã) mà bạn quản trị.");
            await LoadAsync(q, p, cancellationToken);
            return Page();
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            await LoadAsync(q, p, cancellationToken);
            return Page();
        }

        var area = result.Value!;
        TempData["Success"] = $"Đã đưa {area.UnitName} ({area.ProvinceName}, mã {area.AdminUnitCode}) vào danh mục vùng sâu, vùng xa. Đơn vào sổ từ nay cho các cơ quan, tổ chức ở đơn vị này được tính thời hạn vùng sâu, vùng xa.";
        return RedirectToPage(new { q });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, string? q, int? p, CancellationToken cancellationToken)
    {
        var result = await areas.RemoveAsync(id, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        var area = result.Value!;
        TempData["Success"] = $"Đã đưa {area.UnitName ?? "đơn vị mã " + area.AdminUnitCode} ra khỏi danh mục vùng sâu, vùng xa. Các đơn đã vào sổ giữ nguyên thời hạn.";
        return RedirectToPage(new { q, p });
    }

    private async Task LoadAsync(string? q, int? p, CancellationToken cancellationToken)
    {
        Q = q?.Trim() is { Length: > 0 and <= 200 } text ? text : null;
        List = await areas.ListAsync(Q, p, null, cancellationToken);
        Editable = await areas.EditableAsync(cancellationToken);
    }
}
