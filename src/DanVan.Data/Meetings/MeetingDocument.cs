namespace DanVan.Data.Meetings;

/// <summary>A document attached to a meeting: the invitation, a report, a speech, the signed minutes.</summary>
public sealed class MeetingDocument
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public required string Title { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }

    public string? UploadedBy { get; set; }
}
