namespace DanVan.Domain.Reporting;

/// <summary>
/// How many expected reports arrived (tính đầy đủ, kịp thời). Only expected organisations are
/// counted, so no rate exceeds 100%.
/// </summary>
public sealed record Completeness
{
    /// <summary>Reports owed.</summary>
    public int Expected { get; init; }

    /// <summary>Sent on time.</summary>
    public int OnTime { get; init; }

    /// <summary>Sent after the deadline.</summary>
    public int Late { get; init; }

    /// <summary>Returned for correction.</summary>
    public int Returned { get; init; }

    /// <summary>Not sent, deadline passed.</summary>
    public int Missing { get; init; }

    /// <summary>Not sent, deadline not yet passed.</summary>
    public int NotYetDue { get; init; }

    /// <summary>Received: sent, on time or late.</summary>
    public int Received => OnTime + Late;

    /// <summary>Received as a percentage of expected, or <c>null</c> when nothing is expected.</summary>
    public double? ReceivedRate => Rate(Received);

    /// <summary>On time as a percentage of expected, or <c>null</c> when nothing is expected.</summary>
    public double? OnTimeRate => Rate(OnTime);

    /// <summary>Counts a set of states of expected reports.</summary>
    /// <param name="states">One state per expected organisation.</param>
    /// <returns>The tally.</returns>
    public static Completeness Of(IEnumerable<ReceiptState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        int onTime = 0, late = 0, returned = 0, missing = 0, notYetDue = 0;
        foreach (var state in states)
        {
            switch (state)
            {
                case ReceiptState.OnTime: onTime++; break;
                case ReceiptState.Late: late++; break;
                case ReceiptState.Returned: returned++; break;
                case ReceiptState.Missing: missing++; break;
                default: notYetDue++; break;
            }
        }

        return new Completeness
        {
            Expected = onTime + late + returned + missing + notYetDue,
            OnTime = onTime,
            Late = late,
            Returned = returned,
            Missing = missing,
            NotYetDue = notYetDue,
        };
    }

    /// <summary>Adds two tallies, e.g. of two child subtrees.</summary>
    /// <param name="left">One tally.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    public static Completeness operator +(Completeness left, Completeness right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new Completeness
        {
            Expected = left.Expected + right.Expected,
            OnTime = left.OnTime + right.OnTime,
            Late = left.Late + right.Late,
            Returned = left.Returned + right.Returned,
            Missing = left.Missing + right.Missing,
            NotYetDue = left.NotYetDue + right.NotYetDue,
        };
    }

    private double? Rate(int count) => Expected == 0 ? null : Math.Round(100.0 * count / Expected, 1);
}
