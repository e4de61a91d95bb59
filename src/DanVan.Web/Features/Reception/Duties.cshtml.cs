using System.Globalization;
using DanVan.Domain.Reception;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reception;

/// <summary>Each head's reception duty month by month across an organisation's subtree: đạt / chưa đạt, with the legal source.</summary>
public sealed class DutiesModel(ReceptionDutyGrid grid, SubtreeAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrganizationId { get; set; }

    /// <summary>A year, or empty for the last six months.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Position { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public DutyGridDto? Grid { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public int ThisYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ThisYear = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime).Year;
        Organizations = await access.ChoicesAsync(cancellationToken);
        int? organizationId = null;
        if (!string.IsNullOrWhiteSpace(OrganizationId))
        {
            if (!int.TryParse(OrganizationId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                Errors = ["Mã tổ chức phải là một số nguyên dương."];
                return Page();
            }

            organizationId = id;
        }

        var (query, errors) = DutyGridQuery.Parse(organizationId, Year, Position, Q, PageNumber, null);
        if (errors.Any)
        {
            Errors = [.. errors.ToDictionary().SelectMany(e => e.Value)];
            return Page();
        }

        var (result, status) = await grid.GetAsync(query, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        Grid = result;
        return Page();
    }

    public string YearLink(int? year) =>
        $"/Reception/Duties?organizationId={Grid?.OrganizationId}" + (year is null ? string.Empty : $"&year={year}") + (string.IsNullOrEmpty(Position) ? string.Empty : $"&position={Uri.EscapeDataString(Position)}");

    public static string MonthLabel(string key) => $"{key[5..]}/{key[..4]}";

    public static string Badge(DutyStatus status) => status switch
    {
        DutyStatus.Met => "text-bg-success",
        DutyStatus.NotMet => "text-bg-danger",
        DutyStatus.InProgress => "text-bg-warning",
        DutyStatus.Tracked => "text-bg-info",
        _ => "text-bg-light border",
    };
}
