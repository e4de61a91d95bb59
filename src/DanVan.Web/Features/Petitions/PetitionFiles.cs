using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Petitions;
using DanVan.Domain.Petitions;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// Documents filed with a petition: the scanned petition, evidence, decisions. The documents of a
/// denunciation may reveal the denouncer, so only the case's handlers list, open, add or remove
/// them, and each opening is audited like a view of the identity.
/// </summary>
public sealed class PetitionFiles(AppDbContext db, PetitionAccess access, WriteGate gate, IAuditActor actor, TimeProvider clock)
{
    public async Task<CommandResult<long>> AddAsync(long petitionId, IFormFile? file, CancellationToken cancellationToken)
    {
        var (target, refused) = await AllowedAsync(petitionId, cancellationToken);
        if (target is null)
        {
            return refused!;
        }

        var (document, refusal) = await UploadedDocument.ReadAsync(file, cancellationToken);
        if (document is null)
        {
            return CommandResult<long>.Invalid("File", refusal!);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = new PetitionDocument
        {
            PetitionId = petitionId,
            FileName = document.FileName,
            ContentType = document.ContentType,
            Size = document.Content.Length,
            Content = document.Content,
            UploadedAt = now,
            UploadedBy = actor.UserName,
        };
        db.PetitionDocuments.Add(row);
        db.AuditEntries.Add(PetitionAudit.Entry(actor, now, target.Petition, "DocumentAdded", null, new { Size = row.Size, row.ContentType }));
        using var turn = await gate.EnterAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(row.Id);
    }

    public async Task<CommandResult<long>> RemoveAsync(long petitionId, long documentId, CancellationToken cancellationToken)
    {
        var (target, refused) = await AllowedAsync(petitionId, cancellationToken);
        if (target is null)
        {
            return refused!;
        }

        var row = await db.PetitionDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.PetitionId == petitionId, cancellationToken);
        if (row is null)
        {
            return CommandResult<long>.NotFound();
        }

        db.PetitionDocuments.Remove(row);
        db.AuditEntries.Add(PetitionAudit.Entry(actor, clock.GetUtcNow().UtcDateTime, target.Petition, "DocumentRemoved", new { row.Size, row.ContentType }, null));
        using var turn = await gate.EnterAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(documentId);
    }

    public async Task<(PetitionDocument? Document, CommandStatus Status)> OpenAsync(long petitionId, long documentId, CancellationToken cancellationToken)
    {
        var (target, refused) = await AllowedAsync(petitionId, cancellationToken);
        if (target is null)
        {
            return (null, refused!.Status);
        }

        var row = await db.PetitionDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.PetitionId == petitionId, cancellationToken);
        if (row is not null && target.Petition.Kind == PetitionKind.Denunciation)
        {
            db.AuditEntries.Add(PetitionAudit.Entry(actor, clock.GetUtcNow().UtcDateTime, target.Petition, PetitionAudit.IdentityViewed, null, new { Document = row.Id }));
            await db.SaveChangesAsync(cancellationToken);
        }

        return (row, row is null ? CommandStatus.NotFound : CommandStatus.Ok);
    }

    /// <summary>The documents of a petition, without their content; none for a denunciation unless the person handles it.</summary>
    public async Task<IReadOnlyList<PetitionDocumentDto>> ListAsync(PetitionAccess.Target target, CancellationToken cancellationToken)
    {
        if (target.Petition.Kind == PetitionKind.Denunciation && !target.IsHandler)
        {
            return [];
        }

        var id = target.Petition.Id;
        return await db.PetitionDocuments.AsNoTracking().Where(d => d.PetitionId == id).OrderBy(d => d.Id)
            .Select(d => new PetitionDocumentDto(d.Id, d.FileName, d.Size, d.UploadedAt, d.UploadedBy)).ToListAsync(cancellationToken);
    }

    private async Task<(PetitionAccess.Target? Target, CommandResult<long>? Refused)> AllowedAsync(long petitionId, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(petitionId, withHistory: false, cancellationToken);
        if (target is null)
        {
            return (null, CommandResult<long>.Refused(status));
        }

        return target.Petition.Kind == PetitionKind.Denunciation && !target.IsHandler
            ? (null, CommandResult<long>.Forbidden())
            : (target, null);
    }
}
