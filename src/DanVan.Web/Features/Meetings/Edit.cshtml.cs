using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Meetings;

/// <summary>Plans a meeting or a series of briefings, or changes one meeting.</summary>
public sealed class EditModel(SaveMeeting save, MeetingDirectory directory, MeetingAccess access, SubtreeAccess organizations, TimeProvider clock) : PageModel
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public long? MeetingId { get; private set; }

    public IReadOnlyList<SubtreeAccess.Choice> Organizations { get; private set; } = [];

    public IReadOnlyList<MeetingTypeDto> Types { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? meetingId, int? organizationId, CancellationToken cancellationToken)
    {
        if (meetingId is { } id)
        {
            var (meeting, status) = await directory.GetAsync(id, cancellationToken);
            if (meeting is null || !meeting.CanEdit)
            {
                return this.Refusal(meeting is null ? status : CommandStatus.Forbidden) ?? NotFound();
            }

            MeetingId = id;
            Input = new MeetingInput
            {
                TypeId = meeting.TypeId,
                HostOrganizationId = meeting.HostOrganizationId,
                Title = meeting.Title,
                Chairs = meeting.Chairs,
                Date = DateInput.Show(DateOnly.FromDateTime(meeting.StartsAt)),
                StartTime = meeting.StartsAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                EndTime = meeting.EndsAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                EndDate = meeting.EndsAt.Date == meeting.StartsAt.Date ? null : DateInput.Show(DateOnly.FromDateTime(meeting.EndsAt)),
                Place = meeting.Place,
                Mode = meeting.Mode.ToString(),
                OnlineLink = meeting.OnlineLink,
                Purpose = meeting.Purpose,
                Revision = meeting.Revision,
            };
        }
        else
        {
            Input.HostOrganizationId = organizationId ?? await organizations.CurrentIdAsync(cancellationToken);
            Input.Date = DateInput.Show(ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime).AddDays(7));
            Input.StartTime = "08:00";
            Input.EndTime = "11:30";
            Input.Mode = nameof(Domain.Meetings.MeetingMode.InPerson);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? meetingId, CancellationToken cancellationToken)
    {
        long? savedId;
        CommandStatus status;
        IDictionary<string, string[]> errors;
        string message;
        if (meetingId is { } id)
        {
            var result = await save.UpdateAsync(id, Input, cancellationToken);
            (savedId, status, errors) = (result.Value?.Id, result.Status, result.Errors);
            message = "Đã lưu thay đổi của hội nghị.";
        }
        else
        {
            var result = await save.CreateAsync(Input, cancellationToken);
            (savedId, status, errors) = (result.Value?[0].Id, result.Status, result.Errors);
            message = result.Value is { Count: > 1 } series
                ? $"Đã lên lịch {series.Count} cuộc họp của chuỗi, từ {DateInput.Show(DateOnly.FromDateTime(series[0].StartsAt))} đến {DateInput.Show(DateOnly.FromDateTime(series[^1].StartsAt))}."
                : "Đã tạo hội nghị. Có thể thêm điểm cầu, chương trình và tài liệu ngay dưới đây.";
        }

        if (this.Refusal(status) is { } refusal)
        {
            return refusal;
        }

        if (status != CommandStatus.Ok)
        {
            ModelState.AddErrors(errors, nameof(Input));
            MeetingId = meetingId;
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Success"] = message;
        return RedirectToPage("Details", new { meetingId = savedId });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Organizations = await organizations.ChoicesAsync(MeetingId is null ? null : Input.HostOrganizationId, cancellationToken);
        Types = await access.TypesAsync(cancellationToken);
    }
}
