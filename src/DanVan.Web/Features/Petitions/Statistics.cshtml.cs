using System.Globalization;
using DanVan.Documents;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Features.Reports;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Petitions;

/// <summary>Petition statistics of a subtree for a period, with the Excel table and the monthly Word report.</summary>
public sealed class StatisticsModel(PetitionStatistics statistics, PetitionDirectory directory, CurrentOrganization current, ReportIssuers issuers, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    public PetitionStatisticsResult? Result { get; private set; }

    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The months offered for the monthly report: this one and the eleven before.</summary>
    public IReadOnlyList<DateOnly> Months { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (Result is not { } result)
        {
            return BadRequest();
        }

        return ExcelExport.File($"thong-ke-don-thu-{result.By}.xlsx", "Thống kê đơn thư",
            [Heading(result.By), "Tiếp nhận", "Thụ lý", "Đã giải quyết", "Không thụ lý", "Chuyển đơn", "Rút đơn", "Đang xử lý", "Quá hạn", "Xử lý đúng hạn", "Xử lý trễ hạn", "Tỷ lệ đúng hạn (%)", "Đơn trùng"],
            result.Rows.Append(new StatisticsRow("total", "Tổng cộng", result.Total)),
            r => [r.Name, r.Tally.Received, r.Tally.Accepted, r.Tally.Resolved, r.Tally.Refused, r.Tally.Forwarded, r.Tally.Withdrawn, r.Tally.Open, r.Tally.Overdue, r.Tally.OnTime, r.Tally.Late, r.Tally.OnTimeRate, r.Tally.Duplicates]);
    }

    public async Task<IActionResult> OnGetWordAsync(string? month, string? style, CancellationToken cancellationToken)
    {
        OrganizationId ??= (await current.GetAsync(cancellationToken))?.OrganizationId;
        if (OrganizationId is not { } organizationId || month is null
            || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return BadRequest();
        }

        var last = first.AddMonths(1).AddDays(-1);
        var from = DateInput.Show(first);
        var to = DateInput.Show(last);
        var byKind = await statistics.HandleAsync(organizationId, from, to, "kind", cancellationToken);
        if (byKind.Status != CommandStatus.Ok)
        {
            return this.Refusal(byKind.Status) ?? BadRequest();
        }

        var byField = await statistics.HandleAsync(organizationId, from, to, "field", cancellationToken);
        var (overdue, _, _) = await directory.QueueAsync(new PetitionQuery(organizationId, null, null, null, "overdue", true, 1, 200), cancellationToken, 200);
        var issuer = await issuers.OfAsync(organizationId, cancellationToken);
        var document = PetitionDocuments.Monthly(byKind.Value!, byField.Value!, overdue?.Items ?? [], issuer, style == "state" ? DocumentStyle.State : DocumentStyle.Party);
        return File(OfficialDocumentWriter.ToBytes(document), OfficialDocumentWriter.ContentType, $"bao-cao-don-thu-{month}-{organizationId}.docx");
    }

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? messages.FirstOrDefault() : null;

    public static string Heading(string by) => by switch
    {
        "field" => "Lĩnh vực",
        "organization" => "Đơn vị",
        "month" => "Tháng",
        _ => "Loại đơn",
    };

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        Months = [.. Enumerable.Range(0, 12).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(-i))];
        OrganizationId ??= (await current.GetAsync(cancellationToken))?.OrganizationId;
        if (OrganizationId is not { } organizationId)
        {
            return null;
        }

        var result = await statistics.HandleAsync(organizationId, From, To, By, cancellationToken);
        if (result.Status is CommandStatus.Forbidden or CommandStatus.NotFound)
        {
            return this.Refusal(result.Status);
        }

        Result = result.Value;
        Errors = result.Errors;
        return null;
    }
}
