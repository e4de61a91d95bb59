namespace DanVan.Data.Reception;

/// <summary>What a reception session and a dialogue share for their lists: an organisation's record of a day, searchable by its folded text.</summary>
public interface IReceptionRecord
{
    long Id { get; }

    int OrganizationId { get; }

    DateOnly HeldOn { get; }

    /// <summary>The record's texts folded for search (lower case, without diacritics).</summary>
    string SearchFolded { get; }
}
