namespace DanVan.Domain.Meetings;

/// <summary>Vietnamese names of <see cref="ConnectionStatus"/>.</summary>
public static class ConnectionStatusNames
{
    /// <summary>The status's name.</summary>
    /// <param name="status">The status.</param>
    /// <returns>E.g. "Đã kết nối".</returns>
    public static string Of(ConnectionStatus status) => status switch
    {
        ConnectionStatus.Pending => "Chưa báo",
        ConnectionStatus.Connected => "Đã kết nối",
        ConnectionStatus.Failed => "Lỗi kết nối",
        ConnectionStatus.Absent => "Vắng",
        _ => status.ToString(),
    };
}
