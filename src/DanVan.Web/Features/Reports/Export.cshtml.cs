using DanVan.Documents;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reports;

/// <summary>Downloads one report as Word (Party or State format) or Excel.</summary>
public sealed class ExportModel(ReportSheets sheets, ReportIssuers issuers) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long reportId, string? format, string? style, CancellationToken cancellationToken)
    {
        var (sheet, status) = await sheets.GetAsync(reportId, cancellationToken);
        if (sheet is null)
        {
            return this.Refusal(status)!;
        }

        if (format == "xlsx")
        {
            return ReportWorkbooks.ForReport(sheet);
        }

        var issuer = await issuers.OfAsync(sheet.OrganizationId, cancellationToken);
        var document = ReportDocuments.ForReport(sheet, issuer, style == "state" ? DocumentStyle.State : DocumentStyle.Party);
        return File(OfficialDocumentWriter.ToBytes(document), OfficialDocumentWriter.ContentType, $"bao-cao-{sheet.FormCode}-{sheet.PeriodKey}-{sheet.OrganizationId}.docx");
    }
}
