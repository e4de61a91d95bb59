namespace DanVan.Cli;

/// <summary>A command that cannot go on; the message is for the user, in Vietnamese.</summary>
internal sealed class CliException(string message) : Exception(message);
