namespace DanVan.Domain.Petitions;

/// <summary>The outcome of applying an action: the new status, or why it is refused.</summary>
/// <param name="Status">The status after the action, when allowed.</param>
/// <param name="Refusal">The Vietnamese reason, when refused.</param>
public readonly record struct PetitionTransition(PetitionStatus? Status, string? Refusal)
{
    /// <summary>Whether the action is allowed.</summary>
    public bool IsAllowed => Status is not null;

    /// <summary>An allowed action leading to a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The transition.</returns>
    public static PetitionTransition To(PetitionStatus status) => new(status, null);

    /// <summary>A refused action.</summary>
    /// <param name="reason">Why, in Vietnamese.</param>
    /// <returns>The transition.</returns>
    public static PetitionTransition Refuse(string reason) => new(null, reason);
}
