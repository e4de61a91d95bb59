namespace DanVan.Data.Entities;

/// <summary>
/// One row of the official old→new crosswalk: an old unit became (all or part of) a new one.
/// </summary>
public sealed class UnitSuccession
{
    public int Id { get; set; }

    public required string OldCode { get; set; }

    public required string NewCode { get; set; }

    /// <summary>full, partial or unchanged.</summary>
    public required string Coverage { get; set; }

    /// <summary>The crosswalk's own note ("Nhập toàn bộ", …), verbatim.</summary>
    public string? Note { get; set; }

    public DateOnly EffectiveOn { get; set; }
}
