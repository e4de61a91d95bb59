namespace DanVan.Domain.Petitions;

/// <summary>Where a petition is in its handling.</summary>
public enum PetitionStatus
{
    /// <summary>Received and registered, to be classified and handled (chờ xử lý).</summary>
    Registered = 1,

    /// <summary>Accepted for resolution (đã thụ lý, đang giải quyết).</summary>
    Accepted = 2,

    /// <summary>Resolved, with an answer or decision (đã giải quyết).</summary>
    Resolved = 3,

    /// <summary>Not accepted, with a reason (không thụ lý).</summary>
    Refused = 4,

    /// <summary>Forwarded to the competent body (đã chuyển đơn).</summary>
    Forwarded = 5,

    /// <summary>Withdrawn by the sender (đã rút đơn).</summary>
    Withdrawn = 6,

    /// <summary>Filed away: nothing more to do (đã kết thúc).</summary>
    Closed = 7,

    /// <summary>A duplicate of another petition about the same matter, handled and counted with it (trùng).</summary>
    Duplicate = 8,
}
