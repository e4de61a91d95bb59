namespace DanVan.Domain.Sentiment;

/// <summary>Where the follow-up of a prominent issue stands.</summary>
public enum IssueStatus
{
    /// <summary>Mới phát hiện.</summary>
    Detected = 1,

    /// <summary>Đang theo dõi.</summary>
    Monitoring = 2,

    /// <summary>Đang xử lý.</summary>
    Handling = 3,

    /// <summary>Đã giải quyết.</summary>
    Resolved = 4,
}
