using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> builder)
    {
        builder.Property(s => s.OldCode).HasMaxLength(10);
        builder.Property(s => s.NewCode).HasMaxLength(10);
        builder.Property(s => s.Coverage).HasMaxLength(20);
        builder.Property(s => s.Note).HasMaxLength(300);
        builder.HasIndex(s => s.OldCode);
        builder.HasIndex(s => s.NewCode);
    }
}
