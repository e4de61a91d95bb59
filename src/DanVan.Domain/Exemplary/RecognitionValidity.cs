namespace DanVan.Domain.Exemplary;

/// <summary>
/// How long a recognition of a model holds. A decision is valid from its first day to its last
/// (none: indefinitely); one that must be re-evaluated yearly (đánh giá lại hằng năm) lapses a year
/// after it starts unless a new decision renews it, whichever end comes first.
/// </summary>
public static class RecognitionValidity
{
    /// <summary>A valid recognition ending within this many days is shown as about to expire.</summary>
    public const int ExpiringWithinDays = 30;

    /// <summary>The last day the recognition holds, or <c>null</c> when it has no end.</summary>
    /// <param name="validFrom">First day of validity.</param>
    /// <param name="validTo">Last day of validity written in the decision, if any.</param>
    /// <param name="reevaluateYearly">Whether the model must be re-evaluated every year.</param>
    /// <returns>The effective last day.</returns>
    public static DateOnly? LastDay(DateOnly validFrom, DateOnly? validTo, bool reevaluateYearly)
    {
        if (!reevaluateYearly)
        {
            return validTo;
        }

        var yearEnd = validFrom.AddYears(1).AddDays(-1);
        return validTo is { } end && end < yearEnd ? end : yearEnd;
    }

    /// <summary>The recognition's status on a day.</summary>
    /// <param name="validFrom">First day of validity.</param>
    /// <param name="lastDay">Effective last day, from <see cref="LastDay"/>.</param>
    /// <param name="today">The day asked about (Vietnam time).</param>
    /// <returns>Not yet valid, valid, expiring soon or expired.</returns>
    public static RecognitionStatus On(DateOnly validFrom, DateOnly? lastDay, DateOnly today)
    {
        if (today < validFrom)
        {
            return RecognitionStatus.NotYetValid;
        }

        if (lastDay is not { } end)
        {
            return RecognitionStatus.Valid;
        }

        if (today > end)
        {
            return RecognitionStatus.Expired;
        }

        return end.DayNumber - today.DayNumber < ExpiringWithinDays ? RecognitionStatus.ExpiringSoon : RecognitionStatus.Valid;
    }

    /// <summary>Whether a status counts as recognised today.</summary>
    /// <param name="status">The status.</param>
    /// <returns><c>true</c> for valid or expiring soon.</returns>
    public static bool Holds(RecognitionStatus status) => status is RecognitionStatus.Valid or RecognitionStatus.ExpiringSoon;

    /// <summary>The status's Vietnamese word, shown on its badge.</summary>
    /// <param name="status">The status.</param>
    /// <returns>E.g. "Hết hạn".</returns>
    public static string Name(RecognitionStatus status) => status switch
    {
        RecognitionStatus.NotYetValid => "Chưa có hiệu lực",
        RecognitionStatus.Valid => "Còn hiệu lực",
        RecognitionStatus.ExpiringSoon => "Sắp hết hạn",
        RecognitionStatus.Expired => "Hết hạn",
        _ => status.ToString(),
    };
}
