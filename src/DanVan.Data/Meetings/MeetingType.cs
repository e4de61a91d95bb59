namespace DanVan.Data.Meetings;

/// <summary>
/// A kind of meeting (giao ban tháng, sơ kết, buổi làm việc…). Types are data: the catalogue is
/// seeded and central administrators may add to it.
/// </summary>
public sealed class MeetingType : ICatalogEntry
{
    public int Id { get; set; }

    /// <summary>A short stable code, e.g. "GB-THANG".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Whether new meetings may take this type; old ones keep it.</summary>
    public bool IsActive { get; set; } = true;
}
