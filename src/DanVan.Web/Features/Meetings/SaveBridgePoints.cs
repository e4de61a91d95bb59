using System.Globalization;
using DanVan.Data;
using DanVan.Data.Meetings;
using DanVan.Domain.Meetings;
using DanVan.Domain.Organizations;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Meetings;

/// <summary>
/// Adds and removes a meeting's bridge points (the host's people), and records what happens at one
/// (its own organisation's people, or the host's). Only organisations inside the host's subtree connect.
/// </summary>
public sealed class SaveBridgePoints(AppDbContext db, MeetingAccess access, Data.Auditing.IAuditActor actor, TimeProvider clock, ILogger<SaveBridgePoints> logger)
{
    private static readonly OrganizationPresets.Words Words = new(
        "Vui lòng chọn một tổ chức thuộc cơ quan chủ trì để thêm các đơn vị trực thuộc.",
        "Vui lòng chọn ít nhất một tổ chức làm điểm cầu.",
        "Chỉ các tổ chức đang hoạt động thuộc cơ quan chủ trì mới làm điểm cầu được.",
        "Vui lòng chọn cách thêm điểm cầu: các tỉnh, thành phố; các đơn vị trực thuộc một tổ chức; hoặc chọn từng tổ chức.");

    /// <summary>Adds the chosen organisations as bridge points; those already connected are left as they are.</summary>
    /// <returns>How many points were added.</returns>
    public async Task<CommandResult<int>> AddAsync(long meetingId, BridgePointsInput input, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.EditableAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<int>.Refused(status);
        }

        var subtree = db.Organizations.AsNoTracking().WithinSubtree(grant.HostPath).Where(o => o.ValidTo == null);
        var (chosen, error) = await OrganizationPresets.ChooseAsync(db, subtree, grant.HostPath, input.Preset, input.ParentId, input.OrganizationIds, MeetingLimits.MaxBridgePoints, Words, cancellationToken);
        if (chosen is null)
        {
            return error!;
        }

        var present = db.BridgePoints.Where(p => p.MeetingId == meetingId).Select(p => p.OrganizationId);
        var toAdd = await chosen.Where(id => !present.Contains(id)).ToListAsync(cancellationToken);
        var existing = await present.CountAsync(cancellationToken);
        if (existing + toAdd.Count > MeetingLimits.MaxBridgePoints)
        {
            return CommandResult<int>.Invalid(nameof(input.Preset), $"Một hội nghị có tối đa {MeetingLimits.MaxBridgePoints.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} điểm cầu.");
        }

        db.BridgePoints.AddRange(toAdd.Select(id => new BridgePoint { MeetingId = meetingId, OrganizationId = id }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone added the same point at the same moment: nothing is lost by asking again.
            return CommandResult<int>.Conflict("Danh sách điểm cầu vừa được người khác thay đổi. Vui lòng tải lại trang rồi thêm lại.");
        }

        logger.LogInformation("{Count} bridge point(s) added to meeting {MeetingId}", toAdd.Count, meetingId);
        return CommandResult<int>.Ok(toAdd.Count);
    }

    public async Task<CommandResult<BridgePoint>> RemoveAsync(long meetingId, long pointId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.EditableAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<BridgePoint>.Refused(status);
        }

        var point = await db.BridgePoints.SingleOrDefaultAsync(p => p.Id == pointId && p.MeetingId == meetingId, cancellationToken);
        if (point is null)
        {
            return CommandResult<BridgePoint>.NotFound();
        }

        db.BridgePoints.Remove(point);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<BridgePoint>.Ok(point);
    }

    /// <summary>Records a bridge point's location, connection, attendance and attendees.</summary>
    public async Task<CommandResult<BridgePoint>> UpdateAsync(long meetingId, long pointId, BridgePointInput input, CancellationToken cancellationToken)
    {
        var point = await db.BridgePoints.Include(p => p.Attendees).SingleOrDefaultAsync(p => p.Id == pointId && p.MeetingId == meetingId, cancellationToken);
        if (point is null)
        {
            return CommandResult<BridgePoint>.NotFound();
        }

        var path = await db.Organizations.Where(o => o.Id == point.OrganizationId).Select(o => o.Path).SingleAsync(cancellationToken);
        if (!await access.CanUpdatePointAsync(path, cancellationToken))
        {
            return CommandResult<BridgePoint>.Forbidden();
        }

        var errors = new ValidationErrors()
            .Text(nameof(input.Location), "địa điểm điểm cầu", input.Location, MeetingLimits.PlaceLength, required: false)
            .Text(nameof(input.Note), "ghi chú", input.Note, MeetingLimits.TextLength, required: false);
        var state = Enum.TryParse<ConnectionStatus>(input.Status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(input.Status, out _) ? parsed : (ConnectionStatus?)null;
        if (state is null)
        {
            errors.Add(nameof(input.Status), "Vui lòng chọn tình trạng kết nối: chưa báo, đã kết nối, lỗi kết nối hoặc vắng.");
        }

        int? count = null;
        if (!string.IsNullOrWhiteSpace(input.AttendanceCount))
        {
            if (int.TryParse(input.AttendanceCount.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsedCount) && parsedCount <= 100_000)
            {
                count = parsedCount;
            }
            else
            {
                errors.Add(nameof(input.AttendanceCount), "Số người dự phải là một số nguyên từ 0 đến 100.000.");
            }
        }

        var attendees = (input.Attendees ?? []).Where(a => !string.IsNullOrWhiteSpace(a.Name)).ToList();
        if (attendees.Count > MeetingLimits.MaxAttendees)
        {
            errors.Add(nameof(input.Attendees), $"Mỗi điểm cầu ghi tối đa {MeetingLimits.MaxAttendees} người dự theo tên; số còn lại ghi vào số người dự.");
        }

        for (var i = 0; i < attendees.Count; i++)
        {
            errors.Text($"{nameof(input.Attendees)}[{i}].Name", $"họ tên người dự thứ {i + 1}", attendees[i].Name, MeetingLimits.NameLength)
                .Text($"{nameof(input.Attendees)}[{i}].Position", $"chức vụ người dự thứ {i + 1}", attendees[i].Position, MeetingLimits.NameLength, required: false)
                .Text($"{nameof(input.Attendees)}[{i}].Organization", $"đơn vị người dự thứ {i + 1}", attendees[i].Organization, MeetingLimits.PlaceLength, required: false);
        }

        if (state == ConnectionStatus.Absent && (count ?? 0) > 0)
        {
            errors.Add(nameof(input.AttendanceCount), "Điểm cầu vắng thì không có người dự: sửa tình trạng hoặc số người dự.");
        }

        if (count is { } total && total < attendees.Count)
        {
            errors.Add(nameof(input.AttendanceCount), $"Số người dự ({total}) ít hơn số người đã ghi tên ({attendees.Count}).");
        }

        if (errors.Any)
        {
            return errors.ToResult<BridgePoint>();
        }

        if (input.Revision is { } revision && revision != point.Revision)
        {
            return CommandResult<BridgePoint>.Conflict("Điểm cầu vừa được người khác cập nhật. Vui lòng tải lại trang để xem bản mới rồi sửa lại.");
        }

        point.Location = Blank(input.Location);
        point.Status = state!.Value;
        point.AttendanceCount = count ?? (attendees.Count > 0 ? attendees.Count : null);
        point.Note = Blank(input.Note);
        db.BridgeAttendees.RemoveRange(point.Attendees);
        point.Attendees = [.. attendees.Select((a, i) => new BridgeAttendee { Order = i + 1, Name = a.Name!.Trim(), Position = Blank(a.Position), Organization = Blank(a.Organization) })];
        point.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        point.UpdatedBy = actor.UserName;
        point.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<BridgePoint>.Conflict("Điểm cầu vừa được người khác cập nhật. Vui lòng tải lại trang để xem bản mới rồi sửa lại.");
        }

        return CommandResult<BridgePoint>.Ok(point);
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
