using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Exemplary;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>Photos (with thumbnails) and documents of a model: add, open, remove; for the people who can read the model.</summary>
public sealed class ModelFiles(AppDbContext db, ModelAccess access, IAuditActor actor, TimeProvider clock)
{
    public async Task<CommandResult<long>> AddPhotoAsync(long modelId, IFormFile? file, string? caption, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return CommandResult<long>.Refused(status);
        }

        var errors = new ValidationErrors().Text("Caption", "chú thích ảnh", caption, ModelLimits.CaptionLength, required: false);
        var (photo, refusal) = await ModelImages.ReadAsync(file, cancellationToken);
        if (photo is null)
        {
            errors.Add("File", refusal!);
        }

        if (await db.ModelPhotos.CountAsync(p => p.ModelId == modelId, cancellationToken) >= ModelLimits.MaxPhotos)
        {
            errors.Add("File", $"Mỗi mô hình có tối đa {ModelLimits.MaxPhotos} ảnh; hãy xóa bớt ảnh cũ.");
        }

        if (errors.Any)
        {
            return errors.ToResult<long>();
        }

        var row = new ModelPhoto
        {
            ModelId = modelId,
            FileName = photo!.FileName,
            ContentType = photo.ContentType,
            Caption = InputChecks.Blank(caption) is { } text ? Domain.Text.VietnameseText.Normalize(text) : null,
            Size = photo.Content.Length,
            Content = photo.Content,
            Thumbnail = photo.Thumbnail,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = actor.UserName,
        };
        db.ModelPhotos.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(row.Id);
    }

    public async Task<CommandResult<long>> AddDocumentAsync(long modelId, IFormFile? file, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return CommandResult<long>.Refused(status);
        }

        var (document, refusal) = await UploadedDocument.ReadAsync(file, cancellationToken);
        if (document is null)
        {
            return CommandResult<long>.Invalid("File", refusal!);
        }

        var row = new ModelDocument
        {
            ModelId = modelId,
            FileName = document.FileName,
            ContentType = document.ContentType,
            Size = document.Content.Length,
            Content = document.Content,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = actor.UserName,
        };
        db.ModelDocuments.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(row.Id);
    }

    /// <summary>A photo's bytes or its thumbnail's, with the content type.</summary>
    public async Task<(byte[]? Content, string ContentType, CommandStatus Status)> PhotoAsync(long modelId, long photoId, bool thumbnail, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return (null, string.Empty, status);
        }

        return await PhotoBytesAsync(modelId, photoId, thumbnail, cancellationToken);
    }

    /// <summary>A photo of a published model currently recognised, for the public showcase.</summary>
    public async Task<(byte[]? Content, string ContentType, CommandStatus Status)> PublicPhotoAsync(long modelId, long photoId, bool thumbnail, DateOnly today, CancellationToken cancellationToken)
    {
        var shown = await db.ExemplaryModels.AnyAsync(
            m => m.Id == modelId && m.IsPublished && db.ModelRecognitions.Any(r => r.ModelId == m.Id && r.ValidFrom <= today && (r.LastDay == null || r.LastDay >= today)),
            cancellationToken);
        return shown ? await PhotoBytesAsync(modelId, photoId, thumbnail, cancellationToken) : (null, string.Empty, CommandStatus.NotFound);
    }

    public async Task<(ModelDocument? Document, CommandStatus Status)> DocumentAsync(long modelId, long documentId, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return (null, status);
        }

        var row = await db.ModelDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.ModelId == modelId, cancellationToken);
        return (row, row is null ? CommandStatus.NotFound : CommandStatus.Ok);
    }

    public async Task<CommandResult<long>> RemovePhotoAsync(long modelId, long photoId, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return CommandResult<long>.Refused(status);
        }

        var removed = await db.ModelPhotos.Where(p => p.Id == photoId && p.ModelId == modelId).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? CommandResult<long>.NotFound() : CommandResult<long>.Ok(photoId);
    }

    public async Task<CommandResult<long>> RemoveDocumentAsync(long modelId, long documentId, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return CommandResult<long>.Refused(status);
        }

        var removed = await db.ModelDocuments.Where(d => d.Id == documentId && d.ModelId == modelId).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? CommandResult<long>.NotFound() : CommandResult<long>.Ok(documentId);
    }

    private async Task<(byte[]? Content, string ContentType, CommandStatus Status)> PhotoBytesAsync(long modelId, long photoId, bool thumbnail, CancellationToken cancellationToken)
    {
        var photos = db.ModelPhotos.AsNoTracking().Where(p => p.Id == photoId && p.ModelId == modelId);
        var row = thumbnail
            ? await photos.Select(p => new { Bytes = p.Thumbnail, Type = "image/jpeg" }).SingleOrDefaultAsync(cancellationToken)
            : await photos.Select(p => new { Bytes = p.Content, Type = p.ContentType }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? (null, string.Empty, CommandStatus.NotFound) : (row.Bytes, row.Type, CommandStatus.Ok);
    }
}
