namespace DanVan.Data.Seeding;

/// <summary>What a scale seeding did; provinces that already had their organisations are skipped.</summary>
public sealed record ScaleSeedResult(int ProvincesSeeded, int ProvincesSkipped, int CommunesSeeded, int OrganizationsAdded, int OrganizationsClosed);
