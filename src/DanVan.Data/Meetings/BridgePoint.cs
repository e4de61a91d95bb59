using DanVan.Data.Auditing;
using DanVan.Domain.Meetings;
using DanVan.Domain.Text;

namespace DanVan.Data.Meetings;

/// <summary>
/// A bridge point (điểm cầu): one organisation's room connected to a meeting. The organisation
/// updates its own point; the host sees them all.
/// </summary>
public sealed class BridgePoint : IAuditable
{
    public long Id { get; set; }

    public long MeetingId { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>Where the point is, e.g. "Hội trường Tỉnh ủy".</summary>
    public string? Location
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    public ConnectionStatus Status { get; set; } = ConnectionStatus.Pending;

    /// <summary>How many attended at the point, which may be more than the named attendees.</summary>
    public int? AttendanceCount { get; set; }

    public string? Note
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    public List<BridgeAttendee> Attendees { get; set; } = [];

    public int Revision { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}
