namespace DanVan.Data.Exemplary;

/// <summary>A photo of a model with its server-made thumbnail.</summary>
public sealed class ModelPhoto
{
    public long Id { get; set; }

    public long ModelId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public string? Caption { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>A JPEG at most 320 pixels on its longer side.</summary>
    public required byte[] Thumbnail { get; set; }

    public DateTime UploadedAt { get; set; }

    public string? UploadedBy { get; set; }
}
