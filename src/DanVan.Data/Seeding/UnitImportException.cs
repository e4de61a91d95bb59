namespace DanVan.Data.Seeding;

/// <summary>An import file that cannot be applied; the message is for the user, in Vietnamese.</summary>
public sealed class UnitImportException(string message) : Exception(message);
