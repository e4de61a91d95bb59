using System.Globalization;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Meetings;

/// <summary>A bridge point's own report: where it is, whether it connected, how many attended and who.</summary>
public sealed class PointModel(MeetingDirectory directory, SaveBridgePoints save) : PageModel
{
    /// <summary>Blank rows offered for more attendees.</summary>
    public const int SpareRows = 5;

    [BindProperty]
    public BridgePointInput Input { get; set; } = new();

    public MeetingDto Meeting { get; private set; } = null!;

    public BridgePointDto Point { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long meetingId, long pointId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(meetingId, pointId, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = new BridgePointInput
        {
            Location = Point.Location,
            Status = Point.Status.ToString(),
            AttendanceCount = Point.AttendanceCount?.ToString(CultureInfo.InvariantCulture),
            Note = Point.Note,
            Attendees = [.. Point.Attendees.Select(a => new AttendeeInput { Name = a.Name, Position = a.Position, Organization = a.Organization })],
            Revision = Point.Revision,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long meetingId, long pointId, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(meetingId, pointId, Input, cancellationToken);
        if (this.Refusal(result.Status) is { } refusal)
        {
            return refusal;
        }

        if (result.Status != CommandStatus.Ok)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            return await LoadAsync(meetingId, pointId, cancellationToken) ?? Page();
        }

        TempData["Success"] = "Đã cập nhật điểm cầu; cơ quan chủ trì thấy ngay trên trang hội nghị.";
        return Redirect($"/Meetings/Details/{meetingId}#points");
    }

    private async Task<IActionResult?> LoadAsync(long meetingId, long pointId, CancellationToken cancellationToken)
    {
        var (meeting, status) = await directory.GetAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return this.Refusal(status) ?? NotFound();
        }

        var (points, _, _) = await directory.PointsAsync(meetingId, cancellationToken);
        var point = points?.SingleOrDefault(p => p.Id == pointId);
        if (point is null)
        {
            return NotFound();
        }

        if (!point.CanEdit)
        {
            return this.Refusal(CommandStatus.Forbidden);
        }

        (Meeting, Point) = (meeting, point);
        return null;
    }
}
