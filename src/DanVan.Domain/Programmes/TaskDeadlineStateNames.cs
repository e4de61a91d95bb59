namespace DanVan.Domain.Programmes;

/// <summary>Vietnamese names of <see cref="TaskDeadlineState"/>.</summary>
public static class TaskDeadlineStateNames
{
    /// <summary>The state's name.</summary>
    /// <param name="state">The state.</param>
    /// <returns>E.g. "Sắp đến hạn".</returns>
    public static string Of(TaskDeadlineState state) => state switch
    {
        TaskDeadlineState.None => "Không có hạn",
        TaskDeadlineState.OnTrack => "Trong hạn",
        TaskDeadlineState.DueSoon => "Sắp đến hạn",
        TaskDeadlineState.Overdue => "Quá hạn",
        TaskDeadlineState.DoneOnTime => "Hoàn thành đúng hạn",
        TaskDeadlineState.DoneLate => "Hoàn thành quá hạn",
        TaskDeadlineState.Cancelled => "Đã hủy",
        _ => state.ToString(),
    };
}
