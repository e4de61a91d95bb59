namespace DanVan.Data.Seeding;

/// <summary>How far a scale seeding is: organisations written out of those planned.</summary>
public sealed record ScaleSeedProgress(string Stage, int Done, int Total);
