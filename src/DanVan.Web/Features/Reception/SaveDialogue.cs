using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Reception;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reception;

/// <summary>Records, corrects and deletes direct dialogues for organisations in the person's subtrees; audited on save.</summary>
public sealed class SaveDialogue(AppDbContext db, SubtreeAccess access, IAuditActor actor, TimeProvider clock, ILogger<SaveDialogue> logger)
{
    public const int MaxFollowUps = 50;

    public async Task<CommandResult<Dialogue>> CreateAsync(DialogueInput input, CancellationToken cancellationToken)
    {
        var checkedInput = await CheckAsync(input, currentOrganizationId: null, cancellationToken);
        if (checkedInput.Status != CommandStatus.Ok)
        {
            return checkedInput;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var dialogue = checkedInput.Value!;
        dialogue.CreatedAt = now;
        dialogue.CreatedBy = actor.UserName;
        dialogue.UpdatedAt = now;
        dialogue.UpdatedBy = actor.UserName;
        db.Dialogues.Add(dialogue);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Dialogue {DialogueId} recorded for organization {OrganizationId}", dialogue.Id, dialogue.OrganizationId);
        return CommandResult<Dialogue>.Ok(dialogue);
    }

    public async Task<CommandResult<Dialogue>> UpdateAsync(long dialogueId, DialogueInput input, CancellationToken cancellationToken)
    {
        var (dialogue, status) = await LoadAsync(dialogueId, cancellationToken);
        if (dialogue is null)
        {
            return CommandResult<Dialogue>.Refused(status);
        }

        var checkedInput = await CheckAsync(input, dialogue.OrganizationId, cancellationToken);
        if (checkedInput.Status != CommandStatus.Ok)
        {
            return checkedInput;
        }

        var values = checkedInput.Value!;
        dialogue.OrganizationId = values.OrganizationId;
        dialogue.Topic = values.Topic;
        dialogue.HeldOn = values.HeldOn;
        dialogue.Place = values.Place;
        dialogue.HostName = values.HostName;
        dialogue.HostPosition = values.HostPosition;
        dialogue.ParticipantCount = values.ParticipantCount;
        dialogue.Participants = values.Participants;
        dialogue.Issues = values.Issues;
        dialogue.Answers = values.Answers;
        dialogue.FollowUps = values.FollowUps;
        if (db.Entry(dialogue).Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
        {
            dialogue.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            dialogue.UpdatedBy = actor.UserName;
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Dialogue>.Ok(dialogue);
    }

    public async Task<CommandResult<Dialogue>> DeleteAsync(long dialogueId, CancellationToken cancellationToken)
    {
        var (dialogue, status) = await LoadAsync(dialogueId, cancellationToken);
        if (dialogue is null)
        {
            return CommandResult<Dialogue>.Refused(status);
        }

        db.Dialogues.Remove(dialogue);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Dialogue {DialogueId} of organization {OrganizationId} deleted", dialogue.Id, dialogue.OrganizationId);
        return CommandResult<Dialogue>.Ok(dialogue);
    }

    /// <summary>Follow-up tasks as lines: trimmed, blank lines dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split('\n').Select(l => l.Trim().TrimStart('-', '•', '*').Trim()).Where(l => l.Length > 0)];

    private async Task<(Dialogue? Dialogue, CommandStatus Status)> LoadAsync(long dialogueId, CancellationToken cancellationToken)
    {
        var dialogue = await db.Dialogues.SingleOrDefaultAsync(d => d.Id == dialogueId, cancellationToken);
        if (dialogue is null)
        {
            return (null, CommandStatus.NotFound);
        }

        var organization = await access.OrganizationAsync(dialogue.OrganizationId, cancellationToken);
        return organization is not null && await access.CanReadAsync(organization.Path, cancellationToken)
            ? (dialogue, CommandStatus.Ok)
            : (null, CommandStatus.Forbidden);
    }

    private async Task<CommandResult<Dialogue>> CheckAsync(DialogueInput input, int? currentOrganizationId, CancellationToken cancellationToken)
    {
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors()
            .Text(nameof(input.Topic), "chủ đề đối thoại", input.Topic, ReceptionLimits.TopicLength);
        var heldOn = ReceptionValidation.Day(input.HeldOn, nameof(input.HeldOn), "ngày đối thoại", today, errors);
        errors.Text(nameof(input.Place), "địa điểm", input.Place, ReceptionLimits.PlaceLength)
            .Text(nameof(input.HostName), "họ tên người chủ trì", input.HostName, ReceptionLimits.NameLength);
        var position = ReceptionValidation.Position(input.HostPosition, nameof(input.HostPosition), errors);
        var participants = ReceptionValidation.Count(input.ParticipantCount, nameof(input.ParticipantCount), "số người tham dự", 1, errors);
        errors.Text(nameof(input.Participants), "thành phần tham dự", input.Participants, ReceptionLimits.ParticipantsLength, required: false)
            .Text(nameof(input.Issues), "vấn đề người dân nêu", input.Issues, ReceptionLimits.TextLength)
            .Text(nameof(input.Answers), "nội dung trả lời", input.Answers, ReceptionLimits.TextLength, required: false)
            .Text(nameof(input.FollowUps), "việc cần làm tiếp", input.FollowUps, ReceptionLimits.TextLength, required: false);
        var followUps = Lines(input.FollowUps);
        if (followUps.Count > MaxFollowUps)
        {
            errors.Add(nameof(input.FollowUps), $"Ghi tối đa {MaxFollowUps} việc cần làm tiếp, mỗi việc một dòng.");
        }

        var organization = input.OrganizationId is { } organizationId ? await access.OrganizationAsync(organizationId, cancellationToken) : null;
        if (organization is null || (!organization.IsOpen && organization.Id != currentOrganizationId))
        {
            errors.Add(nameof(input.OrganizationId), "Vui lòng chọn cơ quan, tổ chức đang hoạt động tổ chức đối thoại.");
        }
        else if (!await access.CanReadAsync(organization.Path, cancellationToken))
        {
            return CommandResult<Dialogue>.Forbidden();
        }

        if (errors.Any)
        {
            return errors.ToResult<Dialogue>();
        }

        return CommandResult<Dialogue>.Ok(new Dialogue
        {
            OrganizationId = organization!.Id,
            Topic = input.Topic!.Trim(),
            HeldOn = heldOn!.Value,
            Place = input.Place!.Trim(),
            HostName = input.HostName!.Trim(),
            HostPosition = position!.Value,
            ParticipantCount = participants!.Value,
            Participants = ReceptionValidation.Blank(input.Participants),
            Issues = input.Issues!.Trim(),
            Answers = ReceptionValidation.Blank(input.Answers),
            FollowUps = followUps.Count == 0 ? null : string.Join('\n', followUps),
        });
    }
}
