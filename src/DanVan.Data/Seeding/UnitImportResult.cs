namespace DanVan.Data.Seeding;

/// <summary>What an import did: versions added, versions closed, rows already up to date.</summary>
public sealed record UnitImportResult(int Added, int Closed, int Unchanged);
