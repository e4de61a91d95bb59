namespace DanVan.Domain.Meetings;

/// <summary>How a bridge point (điểm cầu) stands in a meeting.</summary>
public enum ConnectionStatus
{
    /// <summary>Not reported yet.</summary>
    Pending = 1,

    /// <summary>Connected and taking part.</summary>
    Connected = 2,

    /// <summary>Tried to connect and could not.</summary>
    Failed = 3,

    /// <summary>Did not take part.</summary>
    Absent = 4,
}
