namespace DanVan.Domain.Exemplary;

/// <summary>Where a recognition decision (quyết định công nhận) stands on a day.</summary>
public enum RecognitionStatus
{
    /// <summary>Chưa có hiệu lực: its validity begins later.</summary>
    NotYetValid = 0,

    /// <summary>Còn hiệu lực.</summary>
    Valid = 1,

    /// <summary>Sắp hết hạn: valid, ending within <see cref="RecognitionValidity.ExpiringWithinDays"/> days.</summary>
    ExpiringSoon = 2,

    /// <summary>Hết hạn.</summary>
    Expired = 3,
}
