namespace DanVan.Domain.Reception;

/// <summary>What the duty check needs of a reception session: its day, whether the head received in person, and whether it was held when a case called for it.</summary>
/// <param name="HeldOn">The day of the session.</param>
/// <param name="HeadInPerson">Whether the head personally received; a deputy's or an officer's session does not count.</param>
/// <param name="IsAdHoc">Tiếp đột xuất: held because a case called for it, not on the periodic schedule; shown beside the periodic duty, never counted toward it.</param>
public readonly record struct ReceptionRecord(DateOnly HeldOn, bool HeadInPerson, bool IsAdHoc = false);
