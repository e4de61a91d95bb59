using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Reception;
using DanVan.Domain.Reception;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reception;

/// <summary>
/// Records, corrects and deletes reception sessions for organisations in the person's subtrees.
/// Every change is audited by the <see cref="AuditInterceptor"/> in the same save.
/// </summary>
public sealed class SaveReceptionSession(AppDbContext db, SubtreeAccess access, IAuditActor actor, TimeProvider clock, ILogger<SaveReceptionSession> logger)
{
    public async Task<CommandResult<ReceptionSession>> CreateAsync(ReceptionSessionInput input, CancellationToken cancellationToken)
    {
        var checkedInput = await CheckAsync(input, currentOrganizationId: null, cancellationToken);
        if (checkedInput.Status != CommandStatus.Ok)
        {
            return checkedInput;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var session = checkedInput.Value!;
        session.CreatedAt = now;
        session.CreatedBy = actor.UserName;
        session.UpdatedAt = now;
        session.UpdatedBy = actor.UserName;
        db.ReceptionSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reception session {SessionId} recorded for organization {OrganizationId}, head in person: {HeadInPerson}, ad hoc: {IsAdHoc}", session.Id, session.OrganizationId, session.HeadInPerson, session.IsAdHoc);
        return CommandResult<ReceptionSession>.Ok(session);
    }

    public async Task<CommandResult<ReceptionSession>> UpdateAsync(long sessionId, ReceptionSessionInput input, CancellationToken cancellationToken)
    {
        var (session, status) = await LoadAsync(sessionId, cancellationToken);
        if (session is null)
        {
            return CommandResult<ReceptionSession>.Refused(status);
        }

        var checkedInput = await CheckAsync(input, session.OrganizationId, cancellationToken);
        if (checkedInput.Status != CommandStatus.Ok)
        {
            return checkedInput;
        }

        var values = checkedInput.Value!;
        session.OrganizationId = values.OrganizationId;
        session.HeldOn = values.HeldOn;
        session.Place = values.Place;
        session.ReceiverName = values.ReceiverName;
        session.ReceiverPosition = values.ReceiverPosition;
        session.HeadInPerson = values.HeadInPerson;
        session.IsOnline = values.IsOnline;
        session.IsAdHoc = values.IsAdHoc;
        session.AdHocReason = values.AdHocReason;
        session.CitizenCount = values.CitizenCount;
        session.Matters = values.Matters;
        session.Outcomes = values.Outcomes;
        if (db.Entry(session).Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        {
            session.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            session.UpdatedBy = actor.UserName;
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<ReceptionSession>.Ok(session);
    }

    public async Task<CommandResult<ReceptionSession>> DeleteAsync(long sessionId, CancellationToken cancellationToken)
    {
        var (session, status) = await LoadAsync(sessionId, cancellationToken);
        if (session is null)
        {
            return CommandResult<ReceptionSession>.Refused(status);
        }

        db.ReceptionSessions.Remove(session);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reception session {SessionId} of organization {OrganizationId} deleted", session.Id, session.OrganizationId);
        return CommandResult<ReceptionSession>.Ok(session);
    }

    private async Task<(ReceptionSession? Session, CommandStatus Status)> LoadAsync(long sessionId, CancellationToken cancellationToken)
    {
        var session = await db.ReceptionSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return (null, CommandStatus.NotFound);
        }

        var organization = await access.OrganizationAsync(session.OrganizationId, cancellationToken);
        return organization is not null && await access.CanReadAsync(organization.Path, cancellationToken)
            ? (session, CommandStatus.Ok)
            : (null, CommandStatus.Forbidden);
    }

    // The checked values as a detached session; an existing session may stay with its organisation after that closed.
    private async Task<CommandResult<ReceptionSession>> CheckAsync(ReceptionSessionInput input, int? currentOrganizationId, CancellationToken cancellationToken)
    {
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors();
        var heldOn = ReceptionValidation.Day(input.HeldOn, nameof(input.HeldOn), "ngày tiếp", today, errors);
        errors.Text(nameof(input.Place), "địa điểm tiếp", input.Place, ReceptionLimits.PlaceLength)
            .Text(nameof(input.ReceiverName), "họ tên người tiếp", input.ReceiverName, ReceptionLimits.NameLength);
        var position = ReceptionValidation.Position(input.ReceiverPosition, nameof(input.ReceiverPosition), errors);
        if (position == HeadPosition.DeputyOrDelegate && input.HeadInPerson)
        {
            errors.Add(nameof(input.HeadInPerson), "Cấp phó hoặc cán bộ được giao tiếp thì không phải người đứng đầu trực tiếp tiếp: bỏ chọn ô này hoặc sửa chức vụ.");
        }

        errors.Text(nameof(input.AdHocReason), "lý do tiếp đột xuất", input.AdHocReason, ReceptionLimits.ReasonLength, required: input.IsAdHoc);
        var citizens = ReceptionValidation.Count(input.CitizenCount, nameof(input.CitizenCount), "số lượt công dân", 0, errors);
        errors.Text(nameof(input.Matters), "nội dung công dân phản ánh, kiến nghị", input.Matters, ReceptionLimits.TextLength, required: citizens is > 0)
            .Text(nameof(input.Outcomes), "kết quả tiếp", input.Outcomes, ReceptionLimits.TextLength, required: false);

        var organization = input.OrganizationId is { } organizationId ? await access.OrganizationAsync(organizationId, cancellationToken) : null;
        if (organization is null || (!organization.IsOpen && organization.Id != currentOrganizationId))
        {
            errors.Add(nameof(input.OrganizationId), "Vui lòng chọn cơ quan, tổ chức đang hoạt động có buổi tiếp.");
        }
        else if (!await access.CanReadAsync(organization.Path, cancellationToken))
        {
            return CommandResult<ReceptionSession>.Forbidden();
        }

        if (errors.Any)
        {
            return errors.ToResult<ReceptionSession>();
        }

        return CommandResult<ReceptionSession>.Ok(new ReceptionSession
        {
            OrganizationId = organization!.Id,
            HeldOn = heldOn!.Value,
            Place = input.Place!.Trim(),
            ReceiverName = input.ReceiverName!.Trim(),
            ReceiverPosition = position!.Value,
            HeadInPerson = input.HeadInPerson,
            IsOnline = input.IsOnline,
            IsAdHoc = input.IsAdHoc,
            AdHocReason = input.IsAdHoc ? ReceptionValidation.Blank(input.AdHocReason) : null,
            CitizenCount = citizens!.Value,
            Matters = input.Matters?.Trim() ?? string.Empty,
            Outcomes = ReceptionValidation.Blank(input.Outcomes),
        });
    }
}
