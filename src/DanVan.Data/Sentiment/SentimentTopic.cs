namespace DanVan.Data.Sentiment;

/// <summary>
/// A topic of public sentiment (đời sống, việc làm, đất đai…). Topics are data: the catalogue is
/// seeded and central administrators may add, rename, reorder and retire them.
/// </summary>
public sealed class SentimentTopic : ICatalogEntry
{
    public int Id { get; set; }

    /// <summary>A short stable code, e.g. "DAT-DAI".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Whether new reports may use it; old reports keep it.</summary>
    public bool IsActive { get; set; } = true;
}
