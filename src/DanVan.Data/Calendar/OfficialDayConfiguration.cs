using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Calendar;

internal sealed class OfficialDayConfiguration : IEntityTypeConfiguration<OfficialDay>
{
    public void Configure(EntityTypeBuilder<OfficialDay> builder)
    {
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Basis).HasMaxLength(300);
        builder.Property(d => d.UpdatedBy).HasMaxLength(256);
    }
}
