using DanVan.Domain.Text;

namespace DanVan.Data.Meetings;

/// <summary>An item of a meeting's agenda (chương trình hội nghị).</summary>
public sealed class AgendaItem
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public int Order { get; set; }

    public string Title
    {
        get;
        set => field = VietnameseText.Normalize(value);
    } = string.Empty;

    public string? Presenter
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    public int? DurationMinutes { get; set; }
}
