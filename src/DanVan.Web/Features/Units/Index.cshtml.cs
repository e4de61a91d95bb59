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

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    private Dictionary<string, string> _names = [];

    public string ParentName(string code) => _names.TryGetValue(code, out var name) ? name : code;

    /// <summary>Exactly the units the filters select, every page, as an Excel workbook.</summary>
    public IActionResult OnGetExport()
    {
        var on = DateInput.ParseOrNull(OnText);
        if (Q?.Length > 200 || Level is < 1 or > 3 || on is null && !string.IsNullOrWhiteSpace(OnText))
        {
            return BadRequest();
        }

        return ExcelExport.File("don-vi-hanh-chinh.xlsx", "Đơn vị hành chính", ["Mã", "Tên đơn vị", "Loại", "Cấp", "Mã đơn vị cấp trên", "Đơn vị cấp trên", "Hiệu lực từ", "Hiệu lực đến"],
            search.Stream(new UnitQuery(Q, Level, ParentCode, on, null, null)),
            r => [r.Unit.Code, r.Unit.FullName, r.Unit.Type, r.Unit.Level, r.Unit.ParentCode, r.ParentName, r.Unit.ValidFrom, r.Unit.ValidTo]);
    }

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
