using System.Globalization;
using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Meetings;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Meetings;

/// <summary>
/// A meeting's agenda, conclusions and documents, changed by the host's people. Each change is
/// written to the audit trail as a summary (without a document's bytes) in the same save.
/// </summary>
public sealed class SaveMeetingContent(AppDbContext db, MeetingAccess access, IAuditActor actor, TimeProvider clock)
{
    public async Task<CommandResult<AgendaItem>> AddAgendaItemAsync(long meetingId, AgendaItemInput input, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.EditableAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<AgendaItem>.Refused(status);
        }

        var errors = new ValidationErrors()
            .Text(nameof(input.Title), "nội dung chương trình", input.Title, MeetingLimits.TitleLength)
            .Text(nameof(input.Presenter), "người trình bày", input.Presenter, MeetingLimits.NameLength, required: false);
        int? minutes = null;
        if (!string.IsNullOrWhiteSpace(input.DurationMinutes))
        {
            if (int.TryParse(input.DurationMinutes.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 600)
            {
                minutes = parsed;
            }
            else
            {
                errors.Add(nameof(input.DurationMinutes), "Thời lượng phải là số phút từ 1 đến 600.");
            }
        }

        var count = await db.AgendaItems.CountAsync(a => a.MeetingId == meetingId, cancellationToken);
        if (count >= MeetingLimits.MaxAgendaItems)
        {
            errors.Add(nameof(input.Title), $"Chương trình có tối đa {MeetingLimits.MaxAgendaItems} mục.");
        }

        if (errors.Any)
        {
            return errors.ToResult<AgendaItem>();
        }

        var order = count == 0 ? 1 : await db.AgendaItems.Where(a => a.MeetingId == meetingId).MaxAsync(a => a.Order, cancellationToken) + 1;
        var item = new AgendaItem { MeetingId = meetingId, Order = order, Title = input.Title!.Trim(), Presenter = SaveBridgePoints.Blank(input.Presenter), DurationMinutes = minutes };
        db.AgendaItems.Add(item);
        Audit(grant, "MeetingAgendaItemAdded", new { Meeting = meetingId, item.Order, item.Title, item.Presenter, item.DurationMinutes });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<AgendaItem>.Ok(item);
    }

    public async Task<CommandResult<AgendaItem>> RemoveAgendaItemAsync(long meetingId, long itemId, CancellationToken cancellationToken)
    {
        var (grant, item, status) = await PartAsync(meetingId, db.AgendaItems.Where(a => a.Id == itemId && a.MeetingId == meetingId), cancellationToken);
        if (grant is null || item is null)
        {
            return CommandResult<AgendaItem>.Refused(status);
        }

        db.AgendaItems.Remove(item);
        Audit(grant, "MeetingAgendaItemRemoved", new { Meeting = meetingId, item.Order, item.Title });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<AgendaItem>.Ok(item);
    }

    public async Task<CommandResult<MeetingConclusion>> AddConclusionAsync(long meetingId, ConclusionInput input, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.EditableAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<MeetingConclusion>.Refused(status);
        }

        var errors = new ValidationErrors().Text(nameof(input.Text), "nội dung kết luận", input.Text, MeetingLimits.TextLength);
        if (errors.Any)
        {
            return errors.ToResult<MeetingConclusion>();
        }

        var order = await db.MeetingConclusions.Where(c => c.MeetingId == meetingId).Select(c => (int?)c.Order).MaxAsync(cancellationToken) ?? 0;
        var conclusion = new MeetingConclusion
        {
            MeetingId = meetingId,
            Order = order + 1,
            Text = input.Text!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.UserName,
        };
        db.MeetingConclusions.Add(conclusion);
        Audit(grant, "MeetingConclusionAdded", new { Meeting = meetingId, conclusion.Order, conclusion.Text });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<MeetingConclusion>.Ok(conclusion);
    }

    public async Task<CommandResult<MeetingConclusion>> UpdateConclusionAsync(long meetingId, long conclusionId, ConclusionInput input, CancellationToken cancellationToken)
    {
        var (grant, conclusion, status) = await PartAsync(meetingId, db.MeetingConclusions.Where(c => c.Id == conclusionId && c.MeetingId == meetingId), cancellationToken);
        if (grant is null || conclusion is null)
        {
            return CommandResult<MeetingConclusion>.Refused(status);
        }

        var errors = new ValidationErrors().Text(nameof(input.Text), "nội dung kết luận", input.Text, MeetingLimits.TextLength);
        if (errors.Any)
        {
            return errors.ToResult<MeetingConclusion>();
        }

        var before = conclusion.Text;
        conclusion.Text = input.Text!.Trim();
        Audit(grant, "MeetingConclusionChanged", new { Meeting = meetingId, conclusion.Order, Before = before, After = conclusion.Text });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<MeetingConclusion>.Ok(conclusion);
    }

    /// <summary>Removes a conclusion that has not become a task.</summary>
    public async Task<CommandResult<MeetingConclusion>> RemoveConclusionAsync(long meetingId, long conclusionId, CancellationToken cancellationToken)
    {
        var (grant, conclusion, status) = await PartAsync(meetingId, db.MeetingConclusions.Where(c => c.Id == conclusionId && c.MeetingId == meetingId), cancellationToken);
        if (grant is null || conclusion is null)
        {
            return CommandResult<MeetingConclusion>.Refused(status);
        }

        if (await db.WorkTasks.AnyAsync(t => t.ConclusionId == conclusionId, cancellationToken))
        {
            return CommandResult<MeetingConclusion>.Conflict("Kết luận này đã được giao thành nhiệm vụ nên không xóa được; có thể sửa nội dung.");
        }

        db.MeetingConclusions.Remove(conclusion);
        Audit(grant, "MeetingConclusionRemoved", new { Meeting = meetingId, conclusion.Order, conclusion.Text });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<MeetingConclusion>.Ok(conclusion);
    }

    public async Task<CommandResult<MeetingDocument>> AttachAsync(long meetingId, string? title, IFormFile? file, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.EditableAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<MeetingDocument>.Refused(status);
        }

        var errors = new ValidationErrors().Text("Title", "tên tài liệu", title, MeetingLimits.TitleLength, required: false);
        var (document, refusal) = await UploadedDocument.ReadAsync(file, cancellationToken);
        if (refusal is not null)
        {
            errors.Add("File", refusal);
        }

        if (errors.Any)
        {
            return errors.ToResult<MeetingDocument>();
        }

        var row = new MeetingDocument
        {
            MeetingId = meetingId,
            Title = string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(document!.FileName) : Domain.Text.VietnameseText.Normalize(title.Trim()),
            FileName = document!.FileName,
            ContentType = document.ContentType,
            Size = document.Content.Length,
            Content = document.Content,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = actor.UserName,
        };
        db.MeetingDocuments.Add(row);
        Audit(grant, "MeetingDocumentAttached", new { Meeting = meetingId, row.Title, row.FileName, row.Size });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<MeetingDocument>.Ok(row);
    }

    /// <summary>A document of a meeting the person sees.</summary>
    public async Task<(MeetingDocument? Document, CommandStatus Status)> OpenAsync(long meetingId, long documentId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.MeetingAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return (null, status);
        }

        var document = await db.MeetingDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.MeetingId == meetingId, cancellationToken);
        return document is null ? (null, CommandStatus.NotFound) : (document, CommandStatus.Ok);
    }

    public async Task<CommandResult<MeetingDocumentDto>> RemoveDocumentAsync(long meetingId, long documentId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.EditableAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return CommandResult<MeetingDocumentDto>.Refused(status);
        }

        var row = await db.MeetingDocuments.Where(d => d.Id == documentId && d.MeetingId == meetingId)
            .Select(d => new MeetingDocumentDto(d.Id, d.Title, d.FileName, d.Size, d.UploadedAt, d.UploadedBy)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return CommandResult<MeetingDocumentDto>.NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MeetingDocuments.Where(d => d.Id == documentId).ExecuteDeleteAsync(cancellationToken);
        Audit(grant, "MeetingDocumentRemoved", new { Meeting = meetingId, row.Title, row.FileName });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<MeetingDocumentDto>.Ok(row);
    }

    // A part of a meeting the person plans: refused outside the host's subtrees, not found when it is not the meeting's.
    private async Task<(MeetingAccess.Grant? Grant, T? Part, CommandStatus Status)> PartAsync<T>(long meetingId, IQueryable<T> part, CancellationToken cancellationToken)
        where T : class
    {
        var (grant, status) = await access.EditableAsync(meetingId, cancellationToken);
        if (grant is null)
        {
            return (null, null, status);
        }

        var found = await part.SingleOrDefaultAsync(cancellationToken);
        return found is null ? (null, null, CommandStatus.NotFound) : (grant, found, CommandStatus.Ok);
    }

    private void Audit(MeetingAccess.Grant grant, string action, object details) =>
        db.AuditEntries.Add(MeetingAudit.Entry(actor, clock.GetUtcNow().UtcDateTime, grant.HostOrganizationId, grant.MeetingId, action, details));
}
