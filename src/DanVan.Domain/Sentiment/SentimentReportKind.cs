namespace DanVan.Domain.Sentiment;

/// <summary>Whether a sentiment report is one of the regular series or sent because something happened.</summary>
public enum SentimentReportKind
{
    /// <summary>Định kỳ: covers a period (a month, a quarter…).</summary>
    Periodic = 1,

    /// <summary>Đột xuất: about one day's events.</summary>
    AdHoc = 2,
}
