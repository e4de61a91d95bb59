using DanVan.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.Action).HasMaxLength(30);
        // The log lists newest first (time, then id), whole or by one organisation, data type or
        // account, each over a range of time: one index for each, read in the list's order.
        builder.HasIndex(a => new { a.At, a.Id });
        builder.HasIndex(a => new { a.OrganizationId, a.At, a.Id });
        builder.HasIndex(a => new { a.EntityType, a.At, a.Id });
        builder.HasIndex(a => new { a.UserName, a.At, a.Id });
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.UserId);
    }
}
