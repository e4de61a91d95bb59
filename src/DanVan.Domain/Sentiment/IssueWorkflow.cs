namespace DanVan.Domain.Sentiment;

/// <summary>
/// The follow-up of a prominent issue. A follow-up records an action and the status it leaves the
/// issue in: from Mới phát hiện to any later status; between Đang theo dõi and Đang xử lý either
/// way, or staying (another action on the same footing); to Đã giải quyết from any open status. A
/// resolved issue takes no further action unless it flares up again, which reopens it as Đang theo
/// dõi or Đang xử lý. Nothing goes back to Mới phát hiện.
/// </summary>
public static class IssueWorkflow
{
    /// <summary>Whether a follow-up may move an issue from one status to another.</summary>
    /// <param name="from">The issue's status now.</param>
    /// <param name="to">The status the follow-up leaves it in.</param>
    /// <returns><c>true</c> when the move is allowed.</returns>
    public static bool CanMove(IssueStatus from, IssueStatus to) => (from, to) switch
    {
        (_, IssueStatus.Detected) => false,
        (IssueStatus.Resolved, IssueStatus.Resolved) => false,
        _ => Enum.IsDefined(from) && Enum.IsDefined(to),
    };

    /// <summary>The statuses a follow-up may leave the issue in, in order.</summary>
    /// <param name="from">The issue's status now.</param>
    /// <returns>The allowed targets.</returns>
    public static IReadOnlyList<IssueStatus> Targets(IssueStatus from) =>
        [.. Enum.GetValues<IssueStatus>().Where(to => CanMove(from, to))];

    /// <summary>Whether the issue still needs following (not resolved).</summary>
    /// <param name="status">The status.</param>
    /// <returns><c>true</c> when open.</returns>
    public static bool IsOpen(IssueStatus status) => status != IssueStatus.Resolved;

    /// <summary>Why a move is refused, in Vietnamese, for the person who tried it.</summary>
    /// <param name="from">The issue's status now.</param>
    /// <param name="to">The status asked for.</param>
    /// <returns>The message.</returns>
    public static string Refusal(IssueStatus from, IssueStatus to) => to == IssueStatus.Detected
        ? $"Vấn đề đang ở trạng thái \"{SentimentNames.Of(from)}\" nên không chuyển về \"Mới phát hiện\" được."
        : $"Vấn đề đã được giải quyết; nếu vấn đề phát sinh trở lại, hãy chuyển sang \"{SentimentNames.Of(IssueStatus.Monitoring)}\" hoặc \"{SentimentNames.Of(IssueStatus.Handling)}\".";
}
