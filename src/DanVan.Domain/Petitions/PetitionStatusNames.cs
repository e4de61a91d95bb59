namespace DanVan.Domain.Petitions;

/// <summary>Vietnamese names of <see cref="PetitionStatus"/>.</summary>
public static class PetitionStatusNames
{
    /// <summary>The status's name.</summary>
    /// <param name="status">The status.</param>
    /// <returns>E.g. "Đang giải quyết".</returns>
    public static string Of(PetitionStatus status) => status switch
    {
        PetitionStatus.Registered => "Chờ xử lý",
        PetitionStatus.Accepted => "Đang giải quyết",
        PetitionStatus.Resolved => "Đã giải quyết",
        PetitionStatus.Refused => "Không thụ lý",
        PetitionStatus.Forwarded => "Đã chuyển đơn",
        PetitionStatus.Withdrawn => "Đã rút đơn",
        PetitionStatus.Closed => "Đã kết thúc",
        PetitionStatus.Duplicate => "Trùng vụ việc khác",
        _ => status.ToString(),
    };

    /// <summary>Whether the petition still needs work, so it is in the queue and on the clock.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Whether it is open.</returns>
    public static bool IsOpen(PetitionStatus status) => status is PetitionStatus.Registered or PetitionStatus.Accepted;
}
