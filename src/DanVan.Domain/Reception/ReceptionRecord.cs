namespace DanVan.Domain.Reception;

/// <summary>What the duty check needs of a reception session: its day and whether the head received in person.</summary>
/// <param name="HeldOn">The day of the session.</param>
/// <param name="HeadInPerson">Whether the head personally received; a deputy's or an officer's session does not count.</param>
public readonly record struct ReceptionRecord(DateOnly HeldOn, bool HeadInPerson);
