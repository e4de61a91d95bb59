using DanVan.Domain.Reporting;
using DanVan.Web.Features.Calendar;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Admin;

/// <summary>Central administrators keep the Government's yearly days off and working Saturdays.</summary>
public sealed class OfficialDaysModel(OfficialDays officialDays, TimeProvider clock) : PageModel
{
    [BindProperty]
    public OfficialDayInput Input { get; set; } = new();

    public int Year { get; private set; }

    public IReadOnlyList<OfficialDayDto> Days { get; private set; } = [];

    public bool MayEdit { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken) => await LoadAsync(year, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(int? year, CancellationToken cancellationToken)
    {
        var result = await officialDays.AddAsync(Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            await LoadAsync(year, cancellationToken);
            return Page();
        }

        TempData["Success"] = $"Đã thêm {result.Value!.Weekday.ToLowerInvariant()} {DateInput.Show(result.Value.Date)}: {result.Value.Name}.";
        return RedirectToPage(new { year = result.Value.Date.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int? year, CancellationToken cancellationToken)
    {
        var result = await officialDays.RemoveAsync(id, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = $"Đã xóa ngày {DateInput.Show(result.Value!.Date)} khỏi lịch.";
        return RedirectToPage(new { year });
    }

    private async Task LoadAsync(int? year, CancellationToken cancellationToken)
    {
        Year = CalendarQueries.YearError(year) is null ? year!.Value : ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime).Year;
        Days = await officialDays.ListAsync(Year, cancellationToken);
        MayEdit = await officialDays.MayEditAsync(cancellationToken);
    }
}
