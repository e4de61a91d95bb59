using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Reports;

/// <summary>One report: filled by its organisation (with autosave), reviewed by the level above.</summary>
public sealed class ReportModel(ReportSheets sheets, SaveReport save, SubmitReport submit, ReviewReport review, ReportAccess access, AttachReportFile files, GrantUnlock unlock, ReportPrefill prefill) : PageModel
{
    /// <summary>The indicator code prefixes the system can fill (<see cref="ReportPrefill"/>): models, reception, petitions, sentiment, campaigns and welfare.</summary>
    public static readonly string[] Prefilled = ["MH_", "TCD_", "DT_", "NTH_", "PT_", "ASXH_"];

    public ReportSheet Sheet { get; private set; } = null!;

    /// <summary>What the person typed, shown again when the save was refused.</summary>
    public IReadOnlyDictionary<string, string> Typed { get; private set; } = new Dictionary<string, string>();

    /// <summary>Organisations below that owe the report and are not approved yet (for the approval override).</summary>
    public int PendingBelow { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The values read from an uploaded template, shown for confirmation.</summary>
    public ImportPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(long reportId, CancellationToken cancellationToken) =>
        await LoadAsync(reportId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostSaveAsync(long reportId, CancellationToken cancellationToken)
    {
        var (input, errors) = ReportPost.Read(Request.Form);
        var result = errors.Any ? errors.ToResult<int>() : await save.HandleAsync(reportId, input, cancellationToken);
        return await AfterAsync(reportId, result, "Đã lưu báo cáo.", cancellationToken);
    }

    /// <summary>Fills the indicators the system already knows (reception sessions, the petition ledger, the sentiment reports) for the report's organisation and period.</summary>
    public async Task<IActionResult> OnPostPrefillAsync(long reportId, int revision, CancellationToken cancellationToken)
    {
        var (result, filled) = await prefill.HandleAsync(reportId, revision, cancellationToken);
        return await AfterAsync(reportId, result, $"Đã điền {filled} chỉ tiêu từ sổ tiếp công dân, sổ theo dõi đơn thư và các báo cáo tình hình nhân dân; hãy kiểm tra lại trước khi gửi.", cancellationToken);
    }

    public async Task<IActionResult> OnPostAutosaveAsync(long reportId, CancellationToken cancellationToken)
    {
        var (input, errors) = ReportPost.Read(Request.Form);
        var result = errors.Any ? errors.ToResult<int>() : await save.HandleAsync(reportId, input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        return Partial("_SaveStatus", new SaveStatus(result.Status, result.Status == CommandStatus.Ok ? result.Value : input.Revision, result.Errors.SelectMany(e => e.Value).ToList(), DateTime.UtcNow));
    }

    public async Task<IActionResult> OnPostSubmitAsync(long reportId, CancellationToken cancellationToken)
    {
        var (input, errors) = ReportPost.Read(Request.Form);
        var result = errors.Any ? errors.ToResult<int>() : await submit.HandleAsync(reportId, input, input.Revision, cancellationToken);
        return await AfterAsync(reportId, result, "Đã gửi báo cáo lên cấp trên.", cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(long reportId, ReportReviewInput decision, CancellationToken cancellationToken) =>
        await AfterAsync(reportId, await review.ApproveAsync(reportId, decision, cancellationToken), "Đã phê duyệt báo cáo.", cancellationToken);

    public async Task<IActionResult> OnPostReturnAsync(long reportId, ReportReviewInput decision, CancellationToken cancellationToken) =>
        await AfterAsync(reportId, await review.ReturnAsync(reportId, decision, cancellationToken), "Đã trả lại báo cáo cho đơn vị.", cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync(long reportId, string? until, string? reason, CancellationToken cancellationToken)
    {
        var result = await unlock.HandleAsync(reportId, until, reason, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, string.Empty);
            return await LoadAsync(reportId, cancellationToken) ?? Page();
        }

        Notice = $"Đã mở khóa cho đơn vị đến hết ngày {DateInput.Show(result.Value)}.";
        return RedirectToPage(new { reportId });
    }

    public async Task<IActionResult> OnPostAttachAsync(long reportId, IFormFile? file, CancellationToken cancellationToken)
    {
        var result = await files.AddAsync(reportId, file, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, string.Empty);
            return await LoadAsync(reportId, cancellationToken) ?? Page();
        }

        Notice = "Đã đính kèm tệp.";
        return RedirectToPage(new { reportId });
    }

    public async Task<IActionResult> OnPostDetachAsync(long reportId, long attachmentId, CancellationToken cancellationToken)
    {
        var result = await files.RemoveAsync(reportId, attachmentId, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        Notice = result.Status == CommandStatus.Ok ? "Đã xóa tệp đính kèm." : result.Message;
        return RedirectToPage(new { reportId });
    }

    public async Task<IActionResult> OnGetFileAsync(long reportId, long attachmentId, CancellationToken cancellationToken)
    {
        var (file, status) = await files.GetAsync(reportId, attachmentId, cancellationToken);
        return file is null ? this.Refusal(status)! : File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetTemplateAsync(long reportId, CancellationToken cancellationToken) =>
        await LoadAsync(reportId, cancellationToken) ?? ReportTemplate.Download(Sheet);

    public async Task<IActionResult> OnPostImportAsync(long reportId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await LoadAsync(reportId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Preview = Sheet.CanEdit
            ? ReportTemplate.Read(Sheet, file)
            : ImportPreview.Failed("Báo cáo này hiện không sửa được, nên không nhập được số liệu.");
        return Page();
    }

    public async Task<IActionResult> OnGetHistoryAsync(long reportId, string key, CancellationToken cancellationToken)
    {
        var (history, status) = await sheets.HistoryAsync(reportId, key, cancellationToken);
        return history is null ? this.Refusal(status)! : Partial("_ValueHistory", history);
    }

    public string? ErrorFor(string key) => ModelState.ErrorFor($"Values[{key}]");

    public string InputText(string key, double? value) =>
        Typed.TryGetValue(ReportPost.ValuePrefix + key, out var typed) ? typed : ReportDisplay.Input(value);

    public string NarrativeText(NarrativeRow section) =>
        Typed.TryGetValue(ReportPost.NarrativePrefix + section.Code, out var typed) ? typed : section.Text;

    private async Task<IActionResult> AfterAsync(long reportId, CommandResult<int> result, string success, CancellationToken cancellationToken)
    {
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status == CommandStatus.Ok)
        {
            Notice = success;
            return RedirectToPage(new { reportId });
        }

        ModelState.AddErrors(result.Errors, string.Empty);
        Typed = Request.HasFormContentType ? Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString()) : Typed;
        return await LoadAsync(reportId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(long reportId, CancellationToken cancellationToken)
    {
        var (sheet, status) = await sheets.GetAsync(reportId, cancellationToken);
        if (sheet is null)
        {
            return this.Refusal(status);
        }

        Sheet = sheet;
        if (sheet.CanReview)
        {
            var (target, _) = await access.LoadAsync(reportId, withContent: false, cancellationToken);
            PendingBelow = await review.PendingBelowAsync(target!, cancellationToken);
        }

        return null;
    }
}

public sealed record SaveStatus(CommandStatus Status, int Revision, IReadOnlyList<string> Messages, DateTime At);
