namespace DanVan.Domain.Meetings;

/// <summary>How often a recurring meeting (giao ban định kỳ) comes round.</summary>
public enum RecurrenceFrequency
{
    /// <summary>Every week (or every few weeks) on the first meeting's weekday.</summary>
    Weekly = 1,

    /// <summary>Every month (or every few months).</summary>
    Monthly = 2,

    /// <summary>Every three months, in the same month of each quarter as the first meeting.</summary>
    Quarterly = 3,
}
