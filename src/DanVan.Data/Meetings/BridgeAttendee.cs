using DanVan.Domain.Text;

namespace DanVan.Data.Meetings;

/// <summary>A named attendee at a bridge point.</summary>
public sealed class BridgeAttendee
{
    public long Id { get; set; }

    public long BridgePointId { get; set; }

    public int Order { get; set; }

    public string Name
    {
        get;
        set => field = VietnameseText.Normalize(value);
    } = string.Empty;

    public string? Position
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }

    /// <summary>The attendee's organisation, as written (it need not be in the tree).</summary>
    public string? Organization
    {
        get;
        set => field = value is null ? null : VietnameseText.Normalize(value);
    }
}
