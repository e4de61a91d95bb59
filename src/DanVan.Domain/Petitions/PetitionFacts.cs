namespace DanVan.Domain.Petitions;

/// <summary>What the legal clock needs to know of a petition.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Round">1, or 2 for a second complaint on the first one's decision.</param>
/// <param name="Status">The status.</param>
/// <param name="ReceivedOn">The day it was received (Vietnam calendar day).</param>
/// <param name="AcceptedOn">The day it was accepted (thụ lý), if it was.</param>
/// <param name="Complexity">How complex the case is.</param>
/// <param name="IsRemoteArea">Whether it is in a remote, hard-to-reach area.</param>
/// <param name="ExtensionDays">The days of each extension granted, in order.</param>
public sealed record PetitionFacts(
    PetitionKind Kind,
    int Round,
    PetitionStatus Status,
    DateOnly ReceivedOn,
    DateOnly? AcceptedOn,
    PetitionComplexity Complexity,
    bool IsRemoteArea,
    IReadOnlyList<int> ExtensionDays);
