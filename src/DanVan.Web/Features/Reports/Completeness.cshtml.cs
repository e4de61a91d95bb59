using DanVan.Data.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reports;

/// <summary>Who has sent what: the organisations of a subtree that owe a form, period by period.</summary>
public sealed class CompletenessModel(ReportDirectory directory, ReportFormCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Form { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public CompletenessGrid? Grid { get; private set; }

    public IReadOnlyList<ReportFormSummary> Forms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int organizationId, CancellationToken cancellationToken)
    {
        Forms = (await catalog.ListAsync(includeRetired: false, cancellationToken)).Where(f => f.Status == ReportFormStatus.Published).ToList();
        Form ??= Forms.Count > 0 ? Forms[0].Code : null;
        if (Form is null)
        {
            return Page();
        }

        var (grid, status) = await directory.GridAsync(organizationId, Form, PageNumber, cancellationToken);
        if (grid is null && status == CommandStatus.Forbidden)
        {
            return Forbid();
        }

        Grid = grid;
        return Page();
    }
}
