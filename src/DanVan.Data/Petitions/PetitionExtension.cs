namespace DanVan.Data.Petitions;

/// <summary>An extension of a case's resolution limit (gia hạn), within the law.</summary>
public sealed class PetitionExtension
{
    public long Id { get; set; }

    public long PetitionId { get; set; }

    public int Days { get; set; }

    public required string Reason { get; set; }

    public DateOnly GrantedOn { get; set; }

    public string? GrantedBy { get; set; }
}
