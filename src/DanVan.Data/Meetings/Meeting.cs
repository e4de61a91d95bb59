using DanVan.Data.Auditing;
using DanVan.Domain.Meetings;
using DanVan.Domain.Text;

namespace DanVan.Data.Meetings;

/// <summary>
/// A conference, briefing or working session (hội nghị, giao ban, buổi làm việc) hosted by an
/// organisation. Times are Vietnam's wall-clock times (UTC+7, no daylight saving).
/// </summary>
public sealed class Meeting : IAuditable
{
    public long Id { get; set; }

    public int TypeId { get; set; }

    public MeetingType? Type { get; set; }

    public int HostOrganizationId { get; set; }

    public string Title
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            TitleFolded = VietnameseText.Fold(value);
        }
    } = string.Empty;

    /// <summary>The title folded for search without diacritics.</summary>
    public string TitleFolded { get; private set; } = string.Empty;

    /// <summary>The chair persons, one a line: "Nguyễn Văn A – Trưởng Ban Dân vận Tỉnh ủy".</summary>
    public string Chairs
    {
        get;
        set => field = VietnameseText.Normalize(value);
    } = string.Empty;

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public string Place
    {
        get;
        set => field = VietnameseText.Normalize(value);
    } = string.Empty;

    public MeetingMode Mode { get; set; }

    /// <summary>The link to join an online or hybrid meeting.</summary>
    public string? OnlineLink { get; set; }

    /// <summary>What the meeting is for (nội dung, mục đích).</summary>
    public string? Purpose
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    /// <summary>The minutes (biên bản).</summary>
    public string? Minutes
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    public bool IsCancelled { get; set; }

    /// <summary>The first meeting of a recurring series this one belongs to; the first one points to itself.</summary>
    public long? SeriesId { get; set; }

    /// <summary>The series' rule in words, e.g. "Hằng tháng, ngày 5, 12 lần".</summary>
    public string? Recurrence { get; set; }

    public List<BridgePoint> BridgePoints { get; set; } = [];

    public List<AgendaItem> Agenda { get; set; } = [];

    public List<MeetingConclusion> Conclusions { get; set; } = [];

    public int Revision { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => HostOrganizationId;
}
