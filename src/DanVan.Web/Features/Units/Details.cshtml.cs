using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Units;

public sealed class DetailsModel(UnitSearch search) : PageModel
{
    public UnitDetails? Unit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? on, CancellationToken cancellationToken)
    {
        Unit = code.Length > 10 ? null : await search.GetAsync(code, DateInput.ParseOrNull(on), cancellationToken);
        return Unit is null ? NotFound() : Page();
    }

    public string Coverage(string coverage) => coverage switch
    {
        "full" => "toàn bộ",
        "partial" => "một phần",
        "unchanged" => "giữ nguyên",
        "retained" => "giữ tên",
        _ => coverage,
    };
}
