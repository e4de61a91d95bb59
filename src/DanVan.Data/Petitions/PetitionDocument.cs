namespace DanVan.Data.Petitions;

/// <summary>A document filed with a petition: the scanned petition, evidence, a decision.</summary>
public sealed class PetitionDocument
{
    public long Id { get; set; }

    public long PetitionId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }

    public string? UploadedBy { get; set; }
}
