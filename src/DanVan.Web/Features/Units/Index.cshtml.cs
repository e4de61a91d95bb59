using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Units;

public sealed class IndexModel(UnitSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ParentCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "on")]
    public string? OnText { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public DateOnly? On { get; private set; }

    public string? Error { get; private set; }

    public PagedList<UnitSummary> Results { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<UnitSummary> Provinces { get; private set; } = [];

    public Pager Pager => new(Results, Request.Query);

    private Dictionary<string, string> _names = [];

    public string ParentName(string code) => _names.TryGetValue(code, out var name) ? name : code;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Provinces = await search.ProvincesAsync(cancellationToken);
        if (!ModelState.IsValid || Q?.Length > 200 || Level is < 1 or > 3)
        {
            Error = "Bộ lọc không hợp lệ: cấp là 1, 2 hoặc 3; từ khóa tối đa 200 ký tự.";
            return;
        }

        if (!string.IsNullOrWhiteSpace(OnText))
        {
            if (!DateInput.TryParse(OnText, out var on))
            {
                Error = "Ngày phải có dạng dd/MM/yyyy.";
                return;
            }

            On = on;
        }

        Results = await search.SearchAsync(new UnitQuery(Q, Level, ParentCode, On, PageNumber, Paging.DefaultPageSize), cancellationToken);
        var parents = Results.Items.Where(u => u.ParentCode is not null).Select(u => u.ParentCode!).Distinct().ToList();
        _names = await search.NamesAsync(parents, On, cancellationToken);
    }
}
