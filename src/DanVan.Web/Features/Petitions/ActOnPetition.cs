using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Petitions;
using DanVan.Domain.Petitions;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// Applies one handling action to a petition: the workflow decides whether it is allowed, the
/// legal rules whether an extension is, and the action's own fields are checked. The deadline is
/// recomputed, and the action is kept as an event (public when the sender is told of it) and an
/// audit row. An action made from an older revision is refused, so two handlers never overwrite
/// each other.
/// </summary>
public sealed class ActOnPetition(AppDbContext db, PetitionAccess access, PetitionDeadlines deadlines, OrganizationScope scope, WriteGate gate, IAuditActor actor, TimeProvider clock)
{
    public const string ConflictMessage = "Đơn vừa được người khác cập nhật; thao tác của bạn chưa được ghi. Hãy tải lại trang để xem trạng thái mới nhất.";

    public async Task<CommandResult<int>> HandleAsync(long petitionId, PetitionActionInput input, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(petitionId, withHistory: false, cancellationToken);
        if (target is null)
        {
            return CommandResult<int>.Refused(status);
        }

        var petition = target.Petition;
        if (input.Action is not { } action || !Enum.IsDefined(action))
        {
            return CommandResult<int>.Invalid(nameof(input.Action), "Vui lòng chọn thao tác.");
        }

        if (input.Revision != petition.Revision)
        {
            return CommandResult<int>.Conflict(ConflictMessage);
        }

        var transition = PetitionWorkflow.Apply(petition.Status, action, petition.Kind);
        if (!transition.IsAllowed)
        {
            return CommandResult<int>.Conflict(transition.Refusal!);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var clockNow = await deadlines.ClockAsync(cancellationToken);
        var before = new { petition.Status, petition.DueOn, petition.Kind, petition.Field, petition.Complexity, petition.IsRemoteArea };
        var errors = new ValidationErrors();
        var (note, isPublic) = await ApplyAsync(petition, action, input, today, clockNow, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        petition.Status = transition.Status!.Value;
        PetitionDeadlines.Refresh(petition, clockNow, today);
        petition.Revision++;
        petition.UpdatedAt = now;
        petition.UpdatedBy = actor.UserName;
        db.PetitionEvents.Add(new PetitionEvent { PetitionId = petition.Id, At = now, UserName = actor.UserName, Title = PetitionNames.Of(action), Note = note, IsPublic = isPublic });
        db.AuditEntries.Add(PetitionAudit.Entry(actor, now, petition, action.ToString(), before,
            new { petition.Status, petition.DueOn, petition.Kind, petition.Field, petition.Complexity, petition.IsRemoteArea, Note = note }));
        try
        {
            using var turn = await gate.EnterAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<int>.Conflict(ConflictMessage);
        }

        return CommandResult<int>.Ok(petition.Revision);
    }

    // Checks and applies the action's own fields; returns the event's note and whether the sender sees it.
    private async Task<(string? Note, bool IsPublic)> ApplyAsync(
        Petition petition, PetitionAction action, PetitionActionInput input, DateOnly today, PetitionClock legalClock, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var reason = Clean(input.Reason);
        errors.Text(nameof(input.Reason), "lý do", input.Reason, PetitionLimits.NoteLength, required: action is PetitionAction.Refuse or PetitionAction.Extend);
        switch (action)
        {
            case PetitionAction.Classify:
                return (Classify(petition, input, errors), false);

            case PetitionAction.Assign:
                var userName = input.AssigneeUserName?.Trim();
                var assignee = string.IsNullOrEmpty(userName) ? null : await db.Users.AsNoTracking()
                    .Where(u => u.UserName == userName && db.RoleAssignments.Any(r => r.UserId == u.Id && r.OrganizationId == petition.OrganizationId))
                    .Select(u => new { u.Id, u.FullName }).SingleOrDefaultAsync(cancellationToken);
                if (assignee is null)
                {
                    errors.Add(nameof(input.AssigneeUserName), "Vui lòng chọn người xử lý thuộc cơ quan đang giữ đơn.");
                    return (null, false);
                }

                petition.AssignedToUserId = assignee.Id;
                petition.AssignedToName = assignee.FullName;
                return ($"Giao cho {assignee.FullName}.", false);

            case PetitionAction.Accept:
                petition.AcceptedOn = today;
                return (reason, true);

            case PetitionAction.Refuse:
                petition.RefusalReason = reason;
                return (reason, true);

            case PetitionAction.Forward:
                errors.Text(nameof(input.ForwardTo), "cơ quan nhận đơn chuyển", input.ForwardTo, 300);
                petition.ForwardedTo = Clean(input.ForwardTo);
                return ($"Chuyển đến {petition.ForwardedTo}." + (reason is null ? string.Empty : $" {reason}"), true);

            case PetitionAction.Extend:
                if (input.Days is not { } days)
                {
                    errors.Add(nameof(input.Days), "Vui lòng nhập số ngày gia hạn.");
                    return (null, false);
                }

                if (legalClock.ExtensionRefusal(petition.Facts(), days) is { } refusal)
                {
                    errors.Add(nameof(input.Days), refusal);
                    return (null, false);
                }

                petition.Extensions.Add(new PetitionExtension { PetitionId = petition.Id, Days = days, Reason = reason ?? string.Empty, GrantedOn = today, GrantedBy = actor.UserName });
                return ($"Gia hạn {days} ngày: {reason}", true);

            case PetitionAction.Resolve:
                errors.Text(nameof(input.Resolution), "kết quả giải quyết", input.Resolution, PetitionLimits.ContentLength)
                    .Text(nameof(input.Answer), "nội dung trả lời", input.Answer, PetitionLimits.ContentLength, required: false);
                petition.Resolution = Clean(input.Resolution);
                petition.Answer = Clean(input.Answer) ?? petition.Answer;
                petition.ResolvedOn = today;
                return (null, true);

            case PetitionAction.PublishAnswer:
                errors.Text(nameof(input.Answer), "nội dung trả lời", input.Answer ?? petition.Answer, PetitionLimits.ContentLength);
                petition.Answer = Clean(input.Answer) ?? petition.Answer;
                petition.AnswerPublishedAt = clock.GetUtcNow().UtcDateTime;
                return (null, true);

            case PetitionAction.Close:
                petition.ClosedOn = today;
                return (reason, true);

            case PetitionAction.Withdraw:
                return (reason, true);

            case PetitionAction.MarkDuplicate:
                var code = TrackingCodes.Normalize(input.DuplicateOfCode);
                var original = code is null ? null : await db.Petitions.AsNoTracking().Where(p => p.TrackingCode == code)
                    .Select(p => new { p.Id, p.TrackingCode, p.OrganizationId, p.DuplicateOfId }).SingleOrDefaultAsync(cancellationToken);
                if (original is null || original.Id == petition.Id || original.DuplicateOfId is not null
                    || !await scope.CanReadAsync(original.OrganizationId, cancellationToken))
                {
                    errors.Add(nameof(input.DuplicateOfCode), "Vui lòng nhập mã của đơn gốc cùng nội dung (không phải chính đơn này hoặc một đơn trùng khác).");
                    return (null, false);
                }

                petition.DuplicateOfId = original.Id;
                return ($"Trùng nội dung với đơn {original.TrackingCode}; theo dõi, thống kê theo đơn đó.", false);

            default:
                return (reason, false);
        }
    }

    private static string? Classify(Petition petition, PetitionActionInput input, ValidationErrors errors)
    {
        var changes = new List<string>();
        if (input.Kind is { } kind && kind != petition.Kind)
        {
            if (!Enum.IsDefined(kind))
            {
                errors.Add(nameof(input.Kind), "Loại đơn không hợp lệ.");
            }
            else if (petition.Status != PetitionStatus.Registered)
            {
                errors.Add(nameof(input.Kind), "Chỉ đổi loại đơn trước khi thụ lý.");
            }
            else
            {
                changes.Add($"loại đơn: {PetitionKindNames.Of(kind).ToLowerInvariant()}");
                petition.Kind = kind;
            }
        }

        if (input.Field is { } field && field != petition.Field)
        {
            if (!Enum.IsDefined(field))
            {
                errors.Add(nameof(input.Field), "Lĩnh vực không hợp lệ.");
            }
            else
            {
                changes.Add($"lĩnh vực: {PetitionNames.Of(field).ToLowerInvariant()}");
                petition.Field = field;
            }
        }

        if (input.Complexity is { } complexity && complexity != petition.Complexity)
        {
            if (!Enum.IsDefined(complexity))
            {
                errors.Add(nameof(input.Complexity), "Mức độ phức tạp không hợp lệ.");
            }
            else if (complexity < petition.Complexity && petition.Extensions.Count > 0)
            {
                errors.Add(nameof(input.Complexity), "Vụ việc đã được gia hạn nên không hạ mức độ phức tạp.");
            }
            else
            {
                changes.Add($"mức độ: {PetitionNames.Of(complexity).ToLowerInvariant()}");
                petition.Complexity = complexity;
            }
        }

        if (input.IsRemoteArea is { } remote && remote != petition.IsRemoteArea)
        {
            changes.Add(remote ? "thuộc vùng sâu, vùng xa" : "không thuộc vùng sâu, vùng xa");
            petition.IsRemoteArea = remote;
        }

        if (changes.Count == 0 && !errors.Any)
        {
            errors.Add(nameof(input.Kind), "Không có thay đổi nào để ghi.");
        }

        return changes.Count == 0 ? null : "Phân loại lại: " + string.Join("; ", changes) + ".";
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Normalize(text.Trim());
}
