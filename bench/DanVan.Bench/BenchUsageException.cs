namespace DanVan.Bench;

/// <summary>A bench run asked for something it cannot do.</summary>
internal sealed class BenchUsageException(string message) : Exception(message);
