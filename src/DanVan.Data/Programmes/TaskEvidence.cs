namespace DanVan.Data.Programmes;

/// <summary>A file proving a progress report: a report, decision, photo.</summary>
public sealed class TaskEvidence
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public long UpdateId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }

    public string? UploadedBy { get; set; }
}
