namespace DanVan.Data.Petitions;

/// <summary>A person who sent a petition. For a denunciation, confidential: shown only to the case's handlers, every view audited.</summary>
public sealed class Petitioner
{
    public long Id { get; set; }

    public long PetitionId { get; set; }

    public required string FullName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    /// <summary>Số định danh cá nhân (CCCD).</summary>
    public string? IdentityNumber { get; set; }
}
