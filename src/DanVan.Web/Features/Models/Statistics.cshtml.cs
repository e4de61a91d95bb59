using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Models;

/// <summary>Models by field, level and year, as tables with a bar chart each.</summary>
public sealed class StatisticsModel(ModelStatistics statistics, ModelAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? FromYear { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ToYear { get; set; }

    public ModelStatisticsDto? Stats { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await access.ChoicesAsync(cancellationToken);
        var errors = new ValidationErrors();
        var from = ModelsApi.Year(FromYear, "fromYear", errors);
        var to = ModelsApi.Year(ToYear, "toYear", errors);
        if (from > to)
        {
            errors.Add("fromYear", "Năm bắt đầu không được sau năm kết thúc.");
        }

        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value)];
            return Page();
        }

        var (stats, status) = await statistics.GetAsync(OrganizationId, from, to, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        Stats = stats;
        return Page();
    }
}
