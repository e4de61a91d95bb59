using DanVan.Domain.Text;

namespace DanVan.Data.Meetings;

/// <summary>A conclusion (kết luận) of a meeting; each may become tasks for organisations.</summary>
public sealed class MeetingConclusion
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public int Order { get; set; }

    public string Text
    {
        get;
        set => field = VietnameseText.Normalize(value);
    } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
