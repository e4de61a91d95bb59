using System.Globalization;
using DanVan.Data;
using DanVan.Data.Meetings;
using DanVan.Domain.Meetings;
using DanVan.Web.Features.Calendar;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Meetings;

/// <summary>
/// Plans, changes, cancels and deletes meetings. A recurring briefing is planned once: each meeting
/// of the series is created with the same details, and a meeting that falls on a day off moves to
/// the next working day. Every change is audited in the same save.
/// </summary>
public sealed class SaveMeeting(AppDbContext db, MeetingAccess access, CalendarSource calendar, Data.Auditing.IAuditActor actor, TimeProvider clock, ILogger<SaveMeeting> logger)
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H'h'mm", "HH'h'mm"];

    /// <summary>The meetings planned: one, or a whole series in order.</summary>
    public async Task<CommandResult<IReadOnlyList<Meeting>>> CreateAsync(MeetingInput input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var (values, status) = await CheckAsync(input, null, errors, cancellationToken);
        var days = await SeriesDaysAsync(input, values, errors, cancellationToken);
        if (status == CommandStatus.Forbidden)
        {
            return CommandResult<IReadOnlyList<Meeting>>.Forbidden();
        }

        if (errors.Any)
        {
            return errors.ToResult<IReadOnlyList<Meeting>>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var template = values!;
        var length = template.EndsAt - template.StartsAt;
        var meetings = days.Select(day =>
        {
            var meeting = Copy(template);
            meeting.StartsAt = day.ToDateTime(TimeOnly.FromDateTime(template.StartsAt));
            meeting.EndsAt = meeting.StartsAt + length;
            meeting.CreatedAt = meeting.UpdatedAt = now;
            meeting.CreatedBy = meeting.UpdatedBy = actor.UserName;
            return meeting;
        }).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync(cancellationToken);
        if (meetings.Count > 1)
        {
            foreach (var meeting in meetings)
            {
                meeting.SeriesId = meetings[0].Id;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("{Count} meeting(s) planned by organization {OrganizationId}, first {MeetingId}", meetings.Count, template.HostOrganizationId, meetings[0].Id);
        return CommandResult<IReadOnlyList<Meeting>>.Ok(meetings);
    }

    public async Task<CommandResult<Meeting>> UpdateAsync(long meetingId, MeetingInput input, CancellationToken cancellationToken)
    {
        var (meeting, status) = await LoadAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return CommandResult<Meeting>.Refused(status);
        }

        var errors = new ValidationErrors();
        var (values, checkStatus) = await CheckAsync(input, meeting, errors, cancellationToken);
        if (checkStatus == CommandStatus.Forbidden)
        {
            return CommandResult<Meeting>.Forbidden();
        }

        if (errors.Any)
        {
            return errors.ToResult<Meeting>();
        }

        if (input.Revision is { } revision && revision != meeting.Revision)
        {
            return Stale<Meeting>();
        }

        meeting.TypeId = values!.TypeId;
        meeting.HostOrganizationId = values.HostOrganizationId;
        meeting.Title = values.Title;
        meeting.Chairs = values.Chairs;
        meeting.StartsAt = values.StartsAt;
        meeting.EndsAt = values.EndsAt;
        meeting.Place = values.Place;
        meeting.Mode = values.Mode;
        meeting.OnlineLink = values.OnlineLink;
        meeting.Purpose = values.Purpose;
        return await SaveAsync(meeting, cancellationToken);
    }

    /// <summary>Cancels a meeting, or plans it again; it stays in the calendar, marked.</summary>
    public async Task<CommandResult<Meeting>> SetCancelledAsync(long meetingId, bool cancelled, CancellationToken cancellationToken)
    {
        var (meeting, status) = await LoadAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return CommandResult<Meeting>.Refused(status);
        }

        meeting.IsCancelled = cancelled;
        return await SaveAsync(meeting, cancellationToken);
    }

    /// <summary>Deletes a meeting with its points, agenda, documents and conclusions; refused once a conclusion has become a task.</summary>
    public async Task<CommandResult<Meeting>> DeleteAsync(long meetingId, CancellationToken cancellationToken)
    {
        var (meeting, status) = await LoadAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return CommandResult<Meeting>.Refused(status);
        }

        var conclusions = db.MeetingConclusions.Where(c => c.MeetingId == meetingId).Select(c => (long?)c.Id);
        if (await db.WorkTasks.AnyAsync(t => conclusions.Contains(t.ConclusionId), cancellationToken))
        {
            return CommandResult<Meeting>.Conflict("Không xóa được: kết luận của hội nghị đã được giao thành nhiệm vụ. Có thể đánh dấu hội nghị là đã hủy.");
        }

        if (meeting.SeriesId == meeting.Id)
        {
            // The next meeting of the series becomes its head.
            var rest = await db.Meetings.Where(m => m.SeriesId == meeting.Id && m.Id != meeting.Id).OrderBy(m => m.StartsAt).ToListAsync(cancellationToken);
            foreach (var other in rest)
            {
                other.SeriesId = rest.Count > 1 ? rest[0].Id : null;
            }
        }

        db.Meetings.Remove(meeting);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Meeting {MeetingId} of organization {OrganizationId} deleted", meeting.Id, meeting.HostOrganizationId);
        return CommandResult<Meeting>.Ok(meeting);
    }

    /// <summary>Records or corrects the minutes (biên bản).</summary>
    public async Task<CommandResult<Meeting>> SetMinutesAsync(long meetingId, MinutesInput input, CancellationToken cancellationToken)
    {
        var (meeting, status) = await LoadAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return CommandResult<Meeting>.Refused(status);
        }

        var errors = new ValidationErrors().Text(nameof(input.Minutes), "biên bản", input.Minutes, MeetingLimits.MinutesLength, required: false);
        if (errors.Any)
        {
            return errors.ToResult<Meeting>();
        }

        if (input.Revision is { } revision && revision != meeting.Revision)
        {
            return Stale<Meeting>();
        }

        meeting.Minutes = string.IsNullOrWhiteSpace(input.Minutes) ? null : input.Minutes.Trim();
        return await SaveAsync(meeting, cancellationToken);
    }

    internal static CommandResult<T> Stale<T>() =>
        CommandResult<T>.Conflict("Hội nghị vừa được người khác sửa. Vui lòng tải lại trang để xem bản mới rồi sửa lại.");

    private async Task<CommandResult<Meeting>> SaveAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (db.Entry(meeting).Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        {
            meeting.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            meeting.UpdatedBy = actor.UserName;
            meeting.Revision++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale<Meeting>();
        }

        return CommandResult<Meeting>.Ok(meeting);
    }

    private async Task<(Meeting? Meeting, CommandStatus Status)> LoadAsync(long meetingId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.EditableAsync(meetingId, cancellationToken);
        return grant is null ? (null, status) : (await db.Meetings.SingleAsync(m => m.Id == meetingId, cancellationToken), CommandStatus.Ok);
    }

    private static Meeting Copy(Meeting template) => new()
    {
        TypeId = template.TypeId,
        HostOrganizationId = template.HostOrganizationId,
        Title = template.Title,
        Chairs = template.Chairs,
        Place = template.Place,
        Mode = template.Mode,
        OnlineLink = template.OnlineLink,
        Purpose = template.Purpose,
        Recurrence = template.Recurrence,
        StartsAt = template.StartsAt,
        EndsAt = template.EndsAt,
    };

    // The checked values as a detached meeting; a meeting may stay with a host or type that has since closed.
    private async Task<(Meeting? Values, CommandStatus Status)> CheckAsync(MeetingInput input, Meeting? current, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text(nameof(input.Title), "tên hội nghị", input.Title, MeetingLimits.TitleLength)
            .Text(nameof(input.Chairs), "người chủ trì", input.Chairs, MeetingLimits.ChairsLength)
            .Text(nameof(input.Place), "địa điểm", input.Place, MeetingLimits.PlaceLength)
            .Text(nameof(input.Purpose), "nội dung", input.Purpose, MeetingLimits.TextLength, required: false);

        var type = input.TypeId is { } typeId ? await db.MeetingTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == typeId, cancellationToken) : null;
        if (type is null || (!type.IsActive && type.Id != current?.TypeId))
        {
            errors.Add(nameof(input.TypeId), "Vui lòng chọn loại hội nghị.");
        }

        var mode = Enum.TryParse<MeetingMode>(input.Mode, ignoreCase: true, out var parsedMode) && Enum.IsDefined(parsedMode) && !int.TryParse(input.Mode, out _) ? parsedMode : (MeetingMode?)null;
        if (mode is null)
        {
            errors.Add(nameof(input.Mode), "Vui lòng chọn hình thức: trực tiếp, trực tuyến hoặc kết hợp.");
        }

        var link = string.IsNullOrWhiteSpace(input.OnlineLink) ? null : input.OnlineLink.Trim();
        if (link is not null && (link.Length > MeetingLimits.LinkLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors.Add(nameof(input.OnlineLink), "Đường dẫn họp trực tuyến phải là một địa chỉ web đầy đủ, bắt đầu bằng https://.");
        }
        else if (link is null && mode is { } m && MeetingModeNames.IsOnline(m))
        {
            errors.Add(nameof(input.OnlineLink), "Hội nghị trực tuyến cần đường dẫn để các điểm cầu tham gia.");
        }

        var (startsAt, endsAt) = Times(input, errors);

        var host = input.HostOrganizationId is { } hostId
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == hostId).Select(o => new { o.Id, o.Path, IsOpen = o.ValidTo == null }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (host is null || (!host.IsOpen && host.Id != current?.HostOrganizationId))
        {
            errors.Add(nameof(input.HostOrganizationId), "Vui lòng chọn cơ quan, tổ chức đang hoạt động chủ trì hội nghị.");
        }
        else if (!await access.CanReadAsync(host.Path, cancellationToken))
        {
            return (null, CommandStatus.Forbidden);
        }

        if (current is not null && host is not null && host.Id != current.HostOrganizationId
            && await db.BridgePoints.AnyAsync(p => p.MeetingId == current.Id && !db.Organizations.IdsWithinSubtree(host.Path).Contains(p.OrganizationId), cancellationToken))
        {
            errors.Add(nameof(input.HostOrganizationId), "Có điểm cầu nằm ngoài cơ quan chủ trì mới: bỏ các điểm cầu đó trước khi đổi cơ quan chủ trì.");
        }

        if (errors.Any)
        {
            return (null, CommandStatus.Invalid);
        }

        return (new Meeting
        {
            TypeId = type!.Id,
            HostOrganizationId = host!.Id,
            Title = input.Title!.Trim(),
            Chairs = input.Chairs!.Trim(),
            StartsAt = startsAt!.Value,
            EndsAt = endsAt!.Value,
            Place = input.Place!.Trim(),
            Mode = mode!.Value,
            OnlineLink = link,
            Purpose = string.IsNullOrWhiteSpace(input.Purpose) ? null : input.Purpose.Trim(),
        }, CommandStatus.Ok);
    }

    private static (DateTime? StartsAt, DateTime? EndsAt) Times(MeetingInput input, ValidationErrors errors)
    {
        if (!DateInput.TryParse(input.Date, out var day) || day is null)
        {
            errors.Add(nameof(input.Date), "Ngày họp phải có dạng dd/MM/yyyy, ví dụ 05/12/2026.");
        }
        else if (day.Value.Year is < 2000 or > 2100)
        {
            errors.Add(nameof(input.Date), "Ngày họp phải trong khoảng năm 2000 đến 2100.");
            day = null;
        }

        var start = Time(input.StartTime, nameof(input.StartTime), "Giờ bắt đầu", errors);
        var end = Time(input.EndTime, nameof(input.EndTime), "Giờ kết thúc", errors);
        DateOnly? endDay = day;
        if (!string.IsNullOrWhiteSpace(input.EndDate))
        {
            if (!DateInput.TryParse(input.EndDate, out endDay) || endDay is null)
            {
                errors.Add(nameof(input.EndDate), "Ngày kết thúc phải có dạng dd/MM/yyyy.");
            }
            else if (day is { } first && (endDay < first || endDay.Value.DayNumber - first.DayNumber > 14))
            {
                errors.Add(nameof(input.EndDate), "Ngày kết thúc phải từ ngày họp đến tối đa 14 ngày sau.");
                endDay = null;
            }
        }

        if (day is null || endDay is null || start is null || end is null)
        {
            return (null, null);
        }

        var startsAt = day.Value.ToDateTime(start.Value);
        var endsAt = endDay.Value.ToDateTime(end.Value);
        if (endsAt <= startsAt)
        {
            errors.Add(nameof(input.EndTime), "Giờ kết thúc phải sau giờ bắt đầu.");
            return (null, null);
        }

        return (startsAt, endsAt);
    }

    private static TimeOnly? Time(string? text, string field, string label, ValidationErrors errors)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, $"{label} phải có dạng giờ:phút, ví dụ 08:00.");
        return null;
    }

    // The days of the series: the meeting's own day alone, or the rule's days.
    private async Task<IReadOnlyList<DateOnly>> SeriesDaysAsync(MeetingInput input, Meeting? values, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Repeat) || input.Repeat.Trim().Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            return values is null ? [] : [DateOnly.FromDateTime(values.StartsAt)];
        }

        if (!Enum.TryParse<RecurrenceFrequency>(input.Repeat.Trim(), ignoreCase: true, out var frequency) || !Enum.IsDefined(frequency) || int.TryParse(input.Repeat, out _))
        {
            errors.Add(nameof(input.Repeat), "Lặp lại phải là hằng tuần, hằng tháng hoặc hằng quý.");
            return [];
        }

        int? count = null;
        if (!string.IsNullOrWhiteSpace(input.RepeatCount))
        {
            if (int.TryParse(input.RepeatCount.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                count = parsed;
            }
            else
            {
                errors.Add(nameof(input.RepeatCount), "Số lần họp phải là một số nguyên.");
                return [];
            }
        }

        DateOnly? until = null;
        if (!string.IsNullOrWhiteSpace(input.RepeatUntil) && (!DateInput.TryParse(input.RepeatUntil, out until) || until is null))
        {
            errors.Add(nameof(input.RepeatUntil), "Ngày kết thúc lặp lại phải có dạng dd/MM/yyyy.");
            return [];
        }

        // The rule is checked even when other fields are wrong, so every problem shows at once.
        DateOnly? first = values is null ? (DateInput.TryParse(input.Date, out var typed) ? typed : null) : DateOnly.FromDateTime(values.StartsAt);
        if (first is not { } start)
        {
            return [];
        }

        var onWeekday = input.RepeatOnWeekday && frequency != RecurrenceFrequency.Weekly;
        var ordinal = (start.Day + 6) / 7;
        var rule = new MeetingRecurrence
        {
            Frequency = frequency,
            Start = start,
            DayOfMonth = frequency == RecurrenceFrequency.Weekly || onWeekday ? null : start.Day,
            Ordinal = onWeekday ? (ordinal > 4 ? -1 : ordinal) : null,
            Weekday = onWeekday ? start.DayOfWeek : null,
            Count = count,
            Until = until,
        };
        var problems = rule.Problems();
        if (problems.Count > 0)
        {
            errors.Add(nameof(input.Repeat), string.Join(" ", problems));
            return [];
        }

        if (values is null)
        {
            return [];
        }

        values.Recurrence = rule.Describe();
        var working = input.SkipDaysOff ? await calendar.GetAsync(db, cancellationToken) : null;
        return rule.Occurrences(working);
    }
}
