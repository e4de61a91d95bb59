namespace DanVan.Data.Exemplary;

/// <summary>A document of a model: its plan, a report of results, a recognition decision.</summary>
public sealed class ModelDocument
{
    public long Id { get; set; }

    public long ModelId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }

    public string? UploadedBy { get; set; }
}
