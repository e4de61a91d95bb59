namespace DanVan.Domain.Petitions;

/// <summary>How a petition reached the organisation.</summary>
public enum PetitionChannel
{
    /// <summary>Handed in at a reception session or the office (trực tiếp).</summary>
    InPerson = 1,

    /// <summary>By post (qua bưu chính).</summary>
    Post = 2,

    /// <summary>Sent by a citizen on the public portal (cổng trực tuyến).</summary>
    Portal = 3,

    /// <summary>Forwarded by another body (cơ quan khác chuyển đến).</summary>
    Forwarded = 4,

    /// <summary>Through another system, over the intake API (hệ thống khác).</summary>
    Integration = 5,
}
