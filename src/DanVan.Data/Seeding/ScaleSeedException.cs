namespace DanVan.Data.Seeding;

/// <summary>A scale seeding that cannot start; the message is for the user, in Vietnamese.</summary>
public sealed class ScaleSeedException(string message) : Exception(message);
