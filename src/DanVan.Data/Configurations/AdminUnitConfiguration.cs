using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class AdminUnitConfiguration : IEntityTypeConfiguration<AdminUnit>
{
    public void Configure(EntityTypeBuilder<AdminUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(10);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.NameFolded).HasMaxLength(200);
        builder.Property(u => u.Type).HasMaxLength(30);
        builder.Property(u => u.ParentCode).HasMaxLength(10);
        builder.Property(u => u.FullName).HasMaxLength(250);
        builder.Property(u => u.LegalBasis).HasMaxLength(200);
        builder.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
        builder.HasIndex(u => new { u.ParentCode, u.Level });
        // The units of a level in force on a day, counted from the index alone (the home page's provinces and communes).
        builder.HasIndex(u => new { u.Level, u.ValidFrom, u.ValidTo });
        builder.HasIndex(u => u.NameFolded).HasDatabaseName(SearchIndexes.AdminUnitName);
        // Searches look only at the versions in force on a day: this covering index lets a
        // count or a filter read today's few thousand names instead of every version.
        builder.HasIndex(u => new { u.ValidTo, u.ValidFrom, u.NameFolded });
    }
}
