using DanVan.Data;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>The reporting desk of one organisation: what it owes, period by period, and what waits for its review.</summary>
public sealed class IndexModel(ReportDirectory directory, ReportFormCatalog catalog, CurrentOrganization current, OpenReport open, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    public string OrganizationName { get; private set; } = string.Empty;

    public bool HasChildren { get; private set; }

    public IReadOnlyList<FormObligation> Obligations { get; private set; } = [];

    public IReadOnlyList<ReportSummary> AwaitingReview { get; private set; } = [];

    public IReadOnlyList<ReportFormSummary> Forms { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        OrganizationId ??= (await current.GetAsync(cancellationToken))?.OrganizationId;
        if (OrganizationId is not { } organizationId)
        {
            return Page();
        }

        var obligations = await directory.ObligationsAsync(organizationId, cancellationToken);
        if (obligations is null)
        {
            return Forbid();
        }

        Obligations = obligations;
        OrganizationName = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        HasChildren = await db.Organizations.AnyAsync(o => o.ParentId == organizationId, cancellationToken);
        AwaitingReview = await directory.AwaitingReviewAsync(20, cancellationToken);
        Forms = (await catalog.ListAsync(includeRetired: false, cancellationToken)).Where(f => f.Status == Data.Reporting.ReportFormStatus.Published).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(string? form, int? organizationId, string? period, CancellationToken cancellationToken)
    {
        var result = await open.HandleAsync(form, organizationId, period, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            Notice = result.Message;
            return RedirectToPage(new { organizationId });
        }

        return RedirectToPage("/Reports/Report", new { reportId = result.Value });
    }
}
