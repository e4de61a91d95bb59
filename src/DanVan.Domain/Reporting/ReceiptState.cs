namespace DanVan.Domain.Reporting;

/// <summary>Whether an expected report has arrived, as the parent sees it.</summary>
public enum ReceiptState
{
    /// <summary>Not sent and the deadline has not passed.</summary>
    NotYetDue,

    /// <summary>Not sent and the deadline has passed.</summary>
    Missing,

    /// <summary>Returned for correction and not yet sent again.</summary>
    Returned,

    /// <summary>First sent on or before the deadline.</summary>
    OnTime,

    /// <summary>First sent after the deadline.</summary>
    Late,
}
