namespace DanVan.Domain.Sentiment;

/// <summary>The Vietnamese words of the sentiment enums, and reading them from what a client sent.</summary>
public static class SentimentNames
{
    /// <summary>E.g. "Có lo lắng".</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(SentimentAssessment assessment) => assessment switch
    {
        SentimentAssessment.Stable => "Ổn định",
        SentimentAssessment.Positive => "Tích cực",
        SentimentAssessment.Concerned => "Có lo lắng",
        SentimentAssessment.Aggrieved => "Bức xúc",
        _ => assessment.ToString(),
    };

    /// <summary>"Định kỳ" or "Đột xuất".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(SentimentReportKind kind) => kind switch
    {
        SentimentReportKind.Periodic => "Định kỳ",
        SentimentReportKind.AdHoc => "Đột xuất",
        _ => kind.ToString(),
    };

    /// <summary>E.g. "Toàn xã, phường".</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(IssueScale scale) => scale switch
    {
        IssueScale.OneHamlet => "Một thôn, tổ dân phố",
        IssueScale.SeveralHamlets => "Nhiều thôn, tổ dân phố",
        IssueScale.WholeCommune => "Toàn xã, phường",
        IssueScale.BeyondCommune => "Liên xã, tỉnh",
        _ => scale.ToString(),
    };

    /// <summary>E.g. "Đang xử lý".</summary>
    /// <param name="status">The status.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(IssueStatus status) => status switch
    {
        IssueStatus.Detected => "Mới phát hiện",
        IssueStatus.Monitoring => "Đang theo dõi",
        IssueStatus.Handling => "Đang xử lý",
        IssueStatus.Resolved => "Đã giải quyết",
        _ => status.ToString(),
    };

    /// <summary>Reads an enum value by its English code ("Concerned"), case-insensitive; numbers are refused.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="text">What was sent.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the text named a value.</returns>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && !char.IsAsciiDigit(trimmed[0]) && trimmed[0] != '-'
            && Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
