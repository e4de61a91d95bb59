namespace DanVan.Data.Petitions;

/// <summary>One step in a petition's history, as the handlers see it; the public sees the events marked public.</summary>
public sealed class PetitionEvent
{
    public long Id { get; set; }

    public long PetitionId { get; set; }

    public DateTime At { get; set; }

    public required string UserName { get; set; }

    /// <summary>What happened, in Vietnamese, e.g. "Thụ lý".</summary>
    public required string Title { get; set; }

    /// <summary>Details: a reason, the body forwarded to, the days of an extension. Never a petitioner's identity.</summary>
    public string? Note { get; set; }

    /// <summary>Whether the sender sees this step on the portal.</summary>
    public bool IsPublic { get; set; }
}
