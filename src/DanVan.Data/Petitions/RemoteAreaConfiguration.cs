using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Petitions;

internal sealed class RemoteAreaConfiguration : IEntityTypeConfiguration<RemoteArea>
{
    public void Configure(EntityTypeBuilder<RemoteArea> builder)
    {
        builder.Property(r => r.AdminUnitCode).HasMaxLength(10);
        builder.HasIndex(r => r.AdminUnitCode).IsUnique();
        builder.Property(r => r.Basis).HasMaxLength(300);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
    }
}
