namespace DanVan.Domain.Petitions;

/// <summary>The step of the work a legal time limit governs.</summary>
public enum DeadlineStep
{
    /// <summary>Classify and handle a received petition (xử lý đơn).</summary>
    Handling = 1,

    /// <summary>Decide whether to accept it for resolution (thụ lý).</summary>
    Acceptance = 2,

    /// <summary>Resolve an accepted case (giải quyết).</summary>
    Resolution = 3,

    /// <summary>Forward a petition outside one's competence (chuyển đơn).</summary>
    Forwarding = 4,

    /// <summary>Tell the sender or the parties (thông báo).</summary>
    Notification = 5,

    /// <summary>The time a citizen has to file (thời hiệu).</summary>
    FilingLimit = 6,

    /// <summary>Other duties kept for reference: suspensions, protection, reports.</summary>
    Other = 7,
}
