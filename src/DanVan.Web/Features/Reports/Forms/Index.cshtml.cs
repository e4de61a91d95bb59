using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reports.Forms;

public sealed class IndexModel(ReportFormCatalog catalog) : PageModel
{
    public IReadOnlyList<ReportFormSummary> Forms { get; private set; } = [];

    public bool IncludeRetired { get; private set; }

    public async Task OnGetAsync(bool? retired, CancellationToken cancellationToken)
    {
        IncludeRetired = retired ?? false;
        Forms = await catalog.ListAsync(IncludeRetired, cancellationToken);
    }
}
