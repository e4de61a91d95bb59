using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>Attaches a document to a report that can still be edited, and removes one; checks type, size and emptiness.</summary>
public sealed class AttachReportFile(AppDbContext db, ReportAccess access, Data.Auditing.IAuditActor actor, TimeProvider clock)
{
    public async Task<CommandResult<long>> AddAsync(long reportId, IFormFile? file, CancellationToken cancellationToken)
    {
        var (target, refused) = await EditableAsync(reportId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var (document, refusal) = await UploadedDocument.ReadAsync(file, cancellationToken);
        if (document is null)
        {
            return CommandResult<long>.Invalid("File", refusal!);
        }

        var attachment = new ReportAttachment
        {
            ReportId = reportId,
            OrganizationId = target!.Report.OrganizationId,
            FileName = document.FileName,
            ContentType = document.ContentType,
            Size = document.Content.Length,
            Content = document.Content,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = actor.UserName,
        };
        db.ReportAttachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(attachment.Id);
    }

    public async Task<CommandResult<long>> RemoveAsync(long reportId, long attachmentId, CancellationToken cancellationToken)
    {
        if ((await EditableAsync(reportId, cancellationToken)).Refused is { } refused)
        {
            return refused;
        }

        var attachment = await db.ReportAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.ReportId == reportId, cancellationToken);
        if (attachment is null)
        {
            return CommandResult<long>.NotFound();
        }

        db.ReportAttachments.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(attachmentId);
    }

    // Files change only while the report itself may be edited.
    private async Task<(ReportAccess.Target? Target, CommandResult<long>? Refused)> EditableAsync(long reportId, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(reportId, withContent: false, cancellationToken);
        if (target is null)
        {
            return (null, CommandResult<long>.Refused(status));
        }

        var transition = ReportWorkflow.Apply(target.Report.Status, ReportAction.Edit, target.IsLocked);
        return transition.IsAllowed ? (target, null) : (target, CommandResult<long>.Conflict(transition.Refusal!));
    }

    public async Task<(ReportAttachment? File, CommandStatus Status)> GetAsync(long reportId, long attachmentId, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(reportId, withContent: false, cancellationToken);
        if (target is null)
        {
            return (null, status);
        }

        var file = await db.ReportAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.ReportId == reportId, cancellationToken);
        return (file, file is null ? CommandStatus.NotFound : CommandStatus.Ok);
    }
}
