using DanVan.Domain.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Petitions;

/// <summary>
/// The petitions received in one month in an organisation's subtree, counted by kind, field and the
/// child of the organisation they lie under, as they stand now: the statistics of a nation or a
/// province read a few thousand of these instead of a million petitions. Every petition counts once
/// for each organisation on its path, its own included (with <see cref="ChildId"/> its own id).
/// Kept by <see cref="PetitionCountInterceptor"/> in the transaction that changes the petition.
/// </summary>
public sealed class PetitionMonthCount
{
    /// <summary>The organisation whose subtree is counted.</summary>
    public int OrganizationId { get; set; }

    /// <summary>Year × 100 + month of the day received, e.g. 202612.</summary>
    public int YearMonth { get; set; }

    /// <summary>The child of <see cref="OrganizationId"/> the petitions lie under, or the organisation itself for its own petitions.</summary>
    public int ChildId { get; set; }

    public PetitionKind Kind { get; set; }

    public PetitionField Field { get; set; }

    /// <summary>Petitions that are not duplicates of another.</summary>
    public int Received { get; set; }

    public int Accepted { get; set; }

    public int Resolved { get; set; }

    public int Refused { get; set; }

    public int Forwarded { get; set; }

    public int Withdrawn { get; set; }

    /// <summary>Registered or accepted: still being handled.</summary>
    public int Open { get; set; }

    public int OnTime { get; set; }

    public int Late { get; set; }

    public int Duplicates { get; set; }
}

internal sealed class PetitionMonthCountConfiguration : IEntityTypeConfiguration<PetitionMonthCount>
{
    public void Configure(EntityTypeBuilder<PetitionMonthCount> builder) =>
        builder.HasKey(c => new { c.OrganizationId, c.YearMonth, c.ChildId, c.Kind, c.Field });
}
