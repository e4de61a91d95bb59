namespace DanVan.Domain.Programmes;

/// <summary>Vietnamese names of <see cref="WorkTaskStatus"/>.</summary>
public static class WorkTaskStatusNames
{
    /// <summary>The status's name.</summary>
    /// <param name="status">The status.</param>
    /// <returns>E.g. "Đang thực hiện".</returns>
    public static string Of(WorkTaskStatus status) => status switch
    {
        WorkTaskStatus.NotStarted => "Chưa thực hiện",
        WorkTaskStatus.InProgress => "Đang thực hiện",
        WorkTaskStatus.Completed => "Hoàn thành",
        WorkTaskStatus.Paused => "Tạm dừng",
        WorkTaskStatus.Cancelled => "Đã hủy",
        _ => status.ToString(),
    };

    /// <summary>Whether the task is still owed, so it runs against its deadline.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Whether it is open.</returns>
    public static bool IsOpen(WorkTaskStatus status) => status is WorkTaskStatus.NotStarted or WorkTaskStatus.InProgress or WorkTaskStatus.Paused;
}
