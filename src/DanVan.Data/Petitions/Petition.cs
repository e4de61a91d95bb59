using DanVan.Domain.Petitions;

namespace DanVan.Data.Petitions;

/// <summary>
/// A petition (đơn thư) and where it stands. Its actions are kept as <see cref="PetitionEvent"/>s
/// and audited by <see cref="PetitionAudit"/> without the petitioners' personal data.
/// </summary>
public sealed class Petition
{
    public long Id { get; set; }

    /// <summary>The code the sender follows the petition with on the public portal.</summary>
    public required string TrackingCode { get; set; }

    /// <summary>The organisation handling it now.</summary>
    public int OrganizationId { get; set; }

    public PetitionKind Kind { get; set; }

    public PetitionField Field { get; set; }

    public PetitionChannel Channel { get; set; }

    /// <summary>1, or 2 for a second complaint on the first one's decision.</summary>
    public int Round { get; set; } = 1;

    /// <summary>The first complaint a second one is about.</summary>
    public long? FirstPetitionId { get; set; }

    /// <summary>The petition about the same matter this one is counted with.</summary>
    public long? DuplicateOfId { get; set; }

    /// <summary>A one-line summary (trích yếu).</summary>
    public required string Summary { get; set; }

    public required string Content { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public PetitionStatus Status { get; set; }

    public PetitionComplexity Complexity { get; set; }

    public bool IsRemoteArea { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The last day of the deadline now running, kept for the queue's order; once handling ends, the deadline it ran against.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>The day handling ended: resolved, not accepted, forwarded, withdrawn or linked as a duplicate.</summary>
    public DateOnly? HandledOn { get; set; }

    /// <summary>Whether handling ended by <see cref="DueOn"/>; <c>null</c> while open or when no deadline ran.</summary>
    public bool? HandledOnTime { get; set; }

    /// <summary>The rule <see cref="DueOn"/> comes from.</summary>
    public string? DueRule { get; set; }

    public string? AssignedToUserId { get; set; }

    public string? AssignedToName { get; set; }

    /// <summary>The body it was forwarded to.</summary>
    public string? ForwardedTo { get; set; }

    /// <summary>Why it was not accepted.</summary>
    public string? RefusalReason { get; set; }

    /// <summary>The result of the resolution, for the file.</summary>
    public string? Resolution { get; set; }

    /// <summary>The answer to the sender, shown on the portal once published; no personal data.</summary>
    public string? Answer { get; set; }

    public DateTime? AnswerPublishedAt { get; set; }

    /// <summary>Incremented by every change; an action based on an older revision is refused.</summary>
    public int Revision { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public List<Petitioner> Petitioners { get; set; } = [];

    public List<PetitionExtension> Extensions { get; set; } = [];

    public List<PetitionEvent> Events { get; set; } = [];

    /// <summary>What the legal clock needs.</summary>
    public PetitionFacts Facts() =>
        new(Kind, Round, Status, ReceivedOn, AcceptedOn, Complexity, IsRemoteArea, [.. Extensions.OrderBy(e => e.Id).Select(e => e.Days)]);
}
