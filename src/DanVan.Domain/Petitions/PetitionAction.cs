namespace DanVan.Domain.Petitions;

/// <summary>What a handler does to a petition.</summary>
public enum PetitionAction
{
    /// <summary>Set kind, field, complexity or area (phân loại).</summary>
    Classify = 1,

    /// <summary>Give it to a handler in the organisation (giao xử lý).</summary>
    Assign = 2,

    /// <summary>Accept it for resolution (thụ lý).</summary>
    Accept = 3,

    /// <summary>Decline to accept it, with a reason (không thụ lý).</summary>
    Refuse = 4,

    /// <summary>Send it to the competent body (chuyển đơn).</summary>
    Forward = 5,

    /// <summary>Extend the resolution limit within the law (gia hạn).</summary>
    Extend = 6,

    /// <summary>Record the result and answer (giải quyết, trả lời).</summary>
    Resolve = 7,

    /// <summary>Publish the answer for the sender to see on the portal (công khai kết quả).</summary>
    PublishAnswer = 8,

    /// <summary>File it away (kết thúc).</summary>
    Close = 9,

    /// <summary>Record that the sender withdrew it (rút đơn).</summary>
    Withdraw = 10,

    /// <summary>Link it to another petition about the same matter (gộp đơn trùng).</summary>
    MarkDuplicate = 11,
}
