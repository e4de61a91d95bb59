using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Campaigns;

/// <summary>
/// One campaign seen from an organisation: its results consolidated by the organisation's children
/// (drilling down the tree), who has not recorded yet, the latest entries; record results, manage
/// the participants and delete from here.
/// </summary>
public sealed class DetailsModel(CampaignDirectory directory, CampaignAccess access, SaveCampaign save, RecordCampaignResult record) : PageModel
{
    public CampaignDto Item { get; private set; } = null!;

    public CampaignTotalsDto Totals { get; private set; } = null!;

    public PagedList<CampaignEntryDto> Entries { get; private set; } = null!;

    public IReadOnlyList<ParticipantDto> Participants { get; private set; } = [];

    public IReadOnlyList<SubtreeAccess.Choice> Recorders { get; private set; } = [];

    /// <summary>The organisations whose children may be added, for the campaign's managers.</summary>
    public IReadOnlyList<SubtreeAccess.Choice> Parents { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? OrganizationId { get; set; }

    [BindProperty]
    public CampaignResultInput Result { get; set; } = new();

    [BindProperty]
    public ParticipantsInput Adding { get; set; } = new();

    /// <summary>The form to keep open after an error.</summary>
    public string? Section { get; private set; }

    public string ExportLink => Pager.WithHandler(Request.Query, "Export");

    public Task<IActionResult> OnGetAsync(long campaignId, CancellationToken cancellationToken) => ShowAsync(campaignId, cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(long campaignId, CancellationToken cancellationToken)
    {
        var (totals, status) = await directory.TotalsAsync(campaignId, OrganizationId, cancellationToken);
        if (totals is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        var rows = totals.Rows.Select(r => (Name: r.OwnRow ? $"{r.Name} (trực tiếp)" : r.Name, r.Values)).Append((Name: "Tổng cộng", Values: totals.Total));
        return ExcelExport.File($"ket-qua-phong-trao-{campaignId}.xlsx", "Kết quả phong trào",
            ["Đơn vị", .. totals.Indicators.Select(i => $"{i.Name} ({i.Unit})")],
            rows,
            r => [r.Name, .. totals.Indicators.Select(i => (object?)r.Values.GetValueOrDefault(i.Id))]);
    }

    public async Task<IActionResult> OnPostRecordAsync(long campaignId, CancellationToken cancellationToken)
    {
        var result = await record.RecordAsync(campaignId, Result, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Result));
            Section = "record";
            return await ShowAsync(campaignId, cancellationToken);
        }

        TempData["Success"] = $"Đã ghi nhận kết quả ngày {DateInput.Show(result.Value!.RecordedOn)}; số liệu đã được cộng vào tổng hợp các cấp.";
        return RedirectToPage("Details", new { campaignId, organizationId = OrganizationId });
    }

    public async Task<IActionResult> OnPostDeleteEntryAsync(long campaignId, long resultId, CancellationToken cancellationToken)
    {
        var result = await record.DeleteAsync(campaignId, resultId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = $"Đã xóa lần ghi nhận ngày {DateInput.Show(result.Value!.RecordedOn)}.";
        return RedirectToPage("Details", new { campaignId, organizationId = OrganizationId });
    }

    public async Task<IActionResult> OnPostParticipantsAsync(long campaignId, CancellationToken cancellationToken)
    {
        var result = await save.AddParticipantsAsync(campaignId, Adding, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Adding));
            Section = "participants";
            return await ShowAsync(campaignId, cancellationToken);
        }

        TempData["Success"] = result.Value == 0 ? "Các đơn vị đã chọn đều đang tham gia." : $"Đã thêm {result.Value:N0} đơn vị tham gia.";
        return RedirectToPage("Details", new { campaignId });
    }

    public async Task<IActionResult> OnPostRemoveParticipantAsync(long campaignId, int organizationId, CancellationToken cancellationToken)
    {
        var result = await save.RemoveParticipantAsync(campaignId, organizationId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, string.Empty);
            Section = "participants";
            return await ShowAsync(campaignId, cancellationToken);
        }

        TempData["Success"] = "Đã bỏ đơn vị khỏi phong trào.";
        return RedirectToPage("Details", new { campaignId });
    }

    public async Task<IActionResult> OnPostDeleteAsync(long campaignId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(campaignId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        TempData["Success"] = $"Đã xóa \"{result.Value!.Name}\" cùng các kết quả đã ghi nhận.";
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> ShowAsync(long campaignId, CancellationToken cancellationToken)
    {
        var (item, status) = await directory.GetAsync(campaignId, cancellationToken);
        if (item is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        var (totals, totalsStatus) = await directory.TotalsAsync(campaignId, OrganizationId, cancellationToken);
        var (entries, _) = await directory.EntriesAsync(campaignId, OrganizationId, 1, CampaignDirectory.EntriesShown, cancellationToken);
        if (totals is null || entries is null)
        {
            return this.Refusal(totalsStatus) ?? NotFound();
        }

        (Item, Totals, Entries) = (item, totals, entries);
        Participants = (await directory.ParticipantsAsync(campaignId, cancellationToken)).Participants ?? [];
        Recorders = await directory.RecordersAsync(campaignId, cancellationToken);
        Parents = item.CanManage ? await access.Subtree.ChoicesAsync(cancellationToken) : [];
        Result.OrganizationId ??= Recorders.FirstOrDefault(r => r.Id == totals.OrganizationId)?.Id ?? (Recorders.Count > 0 ? Recorders[0].Id : null);
        Result.RecordedOn ??= DateInput.Show(directory.Today);
        Result.Values = [.. item.Indicators.Select(i => new CampaignValueInput { IndicatorId = i.Id, Value = Result.Values?.FirstOrDefault(v => v.IndicatorId == i.Id)?.Value })];
        return Page();
    }
}
