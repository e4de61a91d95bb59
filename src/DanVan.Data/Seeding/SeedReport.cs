namespace DanVan.Data.Seeding;

/// <summary>What an initialisation did, and the accounts whose passwords must be shown once.</summary>
public sealed class SeedReport
{
    public int UnitsAdded { get; set; }

    public int OrganizationsAdded { get; set; }

    public int ReportsAdded { get; set; }

    public int PetitionsAdded { get; set; }

    public List<(string UserName, string Password)> NewAccounts { get; } = [];
}
