using DanVan.Data.Reporting;
using DanVan.Documents;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reports;

/// <summary>Live consolidation of a form for an organisation's subtree, drillable child by child.</summary>
public sealed class ConsolidationModel(ReportConsolidator consolidator, ReportFormCatalog catalog, ReportIssuers issuers, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Form { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    /// <summary>The indicator whose figure the by-child table shows.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    public Consolidation? Result { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<ReportFormSummary> Forms { get; private set; } = [];

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public ConsolidatedIndicator? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(int organizationId, CancellationToken cancellationToken) =>
        await LoadAsync(organizationId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetExportAsync(int organizationId, string? format, string? style, CancellationToken cancellationToken)
    {
        if (await LoadAsync(organizationId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Result is null)
        {
            return Page();
        }

        if (format == "xlsx")
        {
            return ReportWorkbooks.ForConsolidation(Result);
        }

        var issuer = await issuers.OfAsync(organizationId, cancellationToken);
        var document = ReportDocuments.ForConsolidation(Result, issuer, style == "state" ? DocumentStyle.State : DocumentStyle.Party);
        return File(OfficialDocumentWriter.ToBytes(document), OfficialDocumentWriter.ContentType, $"tong-hop-{Result.FormCode}-{Result.PeriodKey}-{organizationId}.docx");
    }

    private async Task<IActionResult?> LoadAsync(int organizationId, CancellationToken cancellationToken)
    {
        Forms = (await catalog.ListAsync(includeRetired: false, cancellationToken)).Where(f => f.Status == ReportFormStatus.Published).ToList();
        var form = Forms.FirstOrDefault(f => string.Equals(f.Code, Form, StringComparison.OrdinalIgnoreCase)) ?? (Forms.Count > 0 ? Forms[0] : null);
        if (form is null)
        {
            Error = "Chưa có biểu mẫu báo cáo nào được ban hành.";
            return null;
        }

        Form = form.Code;
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        Periods = ReportingPeriod.Recent(form.PeriodType, today, 8).ToList();
        if (!ReportingPeriod.TryParse(Period, out var period) || period.Type != form.PeriodType)
        {
            period = Periods.Count > 1 ? Periods[1] : Periods[0];
        }

        Period = period.Key;
        var (result, status, error) = await consolidator.ConsolidateAsync(organizationId, Form, Period, ConsolidationParts.All, cancellationToken);
        if (result is null && status != CommandStatus.Invalid)
        {
            return this.Refusal(status);
        }

        Result = result;
        Error = error;
        Selected = result?.Indicators.FirstOrDefault(i => string.Equals(i.Code, Indicator, StringComparison.OrdinalIgnoreCase)) ?? (result is { Indicators.Count: > 0 } ? result.Indicators[0] : null);
        Indicator = Selected?.Code;
        return null;
    }
}
