using DanVan.Web.Auth;
using DanVan.Web.Features.Reports;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Meetings;

/// <summary>
/// A meeting's page: its details, the bridge points live (the host sees all of them, refreshed every
/// few seconds), agenda, documents, minutes and conclusions, each conclusion able to become tasks.
/// </summary>
public sealed class DetailsModel(MeetingDirectory directory, SaveMeeting save, SaveBridgePoints points, SaveMeetingContent content, ReportIssuers issuers, SubtreeAccess organizations) : PageModel
{
    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public MeetingDto Meeting { get; private set; } = null!;

    public IReadOnlyList<BridgePointDto> Points { get; private set; } = [];

    [BindProperty]
    public BridgePointsInput AddPoints { get; set; } = new();

    [BindProperty]
    public AgendaItemInput Agenda { get; set; } = new();

    [BindProperty]
    public ConclusionInput Conclusion { get; set; } = new();

    [BindProperty]
    public MinutesInput Minutes { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long meetingId, CancellationToken cancellationToken) =>
        await LoadAsync(meetingId, cancellationToken) ?? Page();

    /// <summary>The bridge points' table alone, for the live refresh.</summary>
    public async Task<IActionResult> OnGetPointsAsync(long meetingId, CancellationToken cancellationToken) =>
        await LoadAsync(meetingId, cancellationToken) ?? Partial("_Points", this);

    public async Task<IActionResult> OnGetWordAsync(long meetingId, string? style, CancellationToken cancellationToken)
    {
        var result = await MeetingsApi.MinutesDocumentAsync(directory, issuers, meetingId, style, cancellationToken);
        return result is IFileHttpResult ? new HttpResultAction(result) : await LoadAsync(meetingId, cancellationToken) ?? NotFound();
    }

    public Task<IActionResult> OnPostCancelAsync(long meetingId, CancellationToken cancellationToken) =>
        DoAsync(meetingId, async () => (await save.SetCancelledAsync(meetingId, true, cancellationToken)).Status, "Đã hủy hội nghị; hội nghị vẫn hiện trên lịch với dấu đã hủy.", cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(long meetingId, CancellationToken cancellationToken) =>
        DoAsync(meetingId, async () => (await save.SetCancelledAsync(meetingId, false, cancellationToken)).Status, "Đã khôi phục hội nghị.", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(long meetingId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(meetingId, cancellationToken);
        if (result.Status == CommandStatus.Ok)
        {
            TempData["Success"] = $"Đã xóa hội nghị \"{result.Value!.Title}\".";
            return RedirectToPage("Index");
        }

        return await RefuseAsync(meetingId, result.Status, result.Errors, string.Empty, cancellationToken);
    }

    public async Task<IActionResult> OnPostAddPointsAsync(long meetingId, CancellationToken cancellationToken)
    {
        if (string.Equals(AddPoints.Preset, "Children", StringComparison.OrdinalIgnoreCase) && AddPoints.ParentId is null && AddPoints.OrganizationIds is [var parent])
        {
            AddPoints.ParentId = parent;
        }

        var result = await points.AddAsync(meetingId, AddPoints, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? Done(meetingId, result.Value == 0 ? "Các tổ chức đã chọn đều đã là điểm cầu." : $"Đã thêm {result.Value:N0} điểm cầu.", "points")
            : await RefuseAsync(meetingId, result.Status, result.Errors, nameof(AddPoints), cancellationToken);
    }

    public Task<IActionResult> OnPostRemovePointAsync(long meetingId, long pointId, CancellationToken cancellationToken) =>
        DoAsync(meetingId, async () => (await points.RemoveAsync(meetingId, pointId, cancellationToken)).Status, "Đã bỏ điểm cầu.", cancellationToken, "points");

    public async Task<IActionResult> OnPostAgendaAsync(long meetingId, CancellationToken cancellationToken)
    {
        var result = await content.AddAgendaItemAsync(meetingId, Agenda, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? Done(meetingId, "Đã thêm mục chương trình.", "agenda")
            : await RefuseAsync(meetingId, result.Status, result.Errors, nameof(Agenda), cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveAgendaAsync(long meetingId, long itemId, CancellationToken cancellationToken) =>
        DoAsync(meetingId, async () => (await content.RemoveAgendaItemAsync(meetingId, itemId, cancellationToken)).Status, "Đã bỏ mục chương trình.", cancellationToken, "agenda");

    public async Task<IActionResult> OnPostConclusionAsync(long meetingId, CancellationToken cancellationToken)
    {
        var result = await content.AddConclusionAsync(meetingId, Conclusion, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? Done(meetingId, "Đã ghi kết luận. Bấm \"Giao nhiệm vụ\" để giao kết luận cho các tổ chức thực hiện.", "conclusions")
            : await RefuseAsync(meetingId, result.Status, result.Errors, nameof(Conclusion), cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveConclusionAsync(long meetingId, long conclusionId, CancellationToken cancellationToken)
    {
        var result = await content.RemoveConclusionAsync(meetingId, conclusionId, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? Done(meetingId, "Đã xóa kết luận.", "conclusions")
            : await RefuseAsync(meetingId, result.Status, result.Errors, nameof(Conclusion), cancellationToken);
    }

    public async Task<IActionResult> OnPostMinutesAsync(long meetingId, CancellationToken cancellationToken)
    {
        var result = await save.SetMinutesAsync(meetingId, Minutes, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? Done(meetingId, "Đã lưu biên bản.", "minutes")
            : await RefuseAsync(meetingId, result.Status, result.Errors, nameof(Minutes), cancellationToken);
    }

    public async Task<IActionResult> OnPostDocumentAsync(long meetingId, string? title, IFormFile? file, CancellationToken cancellationToken)
    {
        var result = await content.AttachAsync(meetingId, title, file, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? Done(meetingId, $"Đã đính kèm \"{result.Value!.Title}\".", "documents")
            : await RefuseAsync(meetingId, result.Status, result.Errors, "Document", cancellationToken);
    }

    public async Task<IActionResult> OnGetDocumentAsync(long meetingId, long documentId, CancellationToken cancellationToken)
    {
        var (document, status) = await content.OpenAsync(meetingId, documentId, cancellationToken);
        return document is null ? this.Refusal(status) ?? NotFound() : File(document.Content, document.ContentType, document.FileName);
    }

    public Task<IActionResult> OnPostRemoveDocumentAsync(long meetingId, long documentId, CancellationToken cancellationToken) =>
        DoAsync(meetingId, async () => (await content.RemoveDocumentAsync(meetingId, documentId, cancellationToken)).Status, "Đã xóa tài liệu.", cancellationToken, "documents");

    private async Task<IActionResult> DoAsync(long meetingId, Func<Task<CommandStatus>> action, string message, CancellationToken cancellationToken, string? anchor = null)
    {
        var status = await action();
        return status == CommandStatus.Ok ? Done(meetingId, message, anchor) : await RefuseAsync(meetingId, status, null, string.Empty, cancellationToken);
    }

    private RedirectResult Done(long meetingId, string message, string? anchor)
    {
        TempData["Success"] = message;
        return Redirect($"/Meetings/Details/{meetingId}" + (anchor is null ? string.Empty : "#" + anchor));
    }

    private async Task<IActionResult> RefuseAsync(long meetingId, CommandStatus status, IDictionary<string, string[]>? errors, string prefix, CancellationToken cancellationToken)
    {
        if (this.Refusal(status) is { } refusal)
        {
            return refusal;
        }

        ModelState.AddErrors(errors ?? new Dictionary<string, string[]>(), prefix);
        return await LoadAsync(meetingId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(long meetingId, CancellationToken cancellationToken)
    {
        var (meeting, status) = await directory.GetAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        Meeting = meeting;
        Points = (await directory.PointsAsync(meetingId, cancellationToken)).Points ?? [];
        Minutes.Revision = meeting.Revision;
        if (meeting.CanEdit)
        {
            Organizations = await organizations.ChoicesAsync(cancellationToken);
        }

        Minutes.Minutes ??= meeting.Minutes;
        return null;
    }

    private sealed class HttpResultAction(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
