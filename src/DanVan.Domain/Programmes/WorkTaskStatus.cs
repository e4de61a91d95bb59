namespace DanVan.Domain.Programmes;

/// <summary>Where a task (nhiệm vụ) stands.</summary>
public enum WorkTaskStatus
{
    /// <summary>Chưa thực hiện.</summary>
    NotStarted = 1,

    /// <summary>Đang thực hiện.</summary>
    InProgress = 2,

    /// <summary>Hoàn thành.</summary>
    Completed = 3,

    /// <summary>Tạm dừng: on hold, still owed.</summary>
    Paused = 4,

    /// <summary>Hủy: no longer required; off the clock and out of the roll-up.</summary>
    Cancelled = 5,
}
