using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Reporting;

internal sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(30);
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Hint).HasMaxLength(1000);
        builder.HasIndex(s => new { s.FormId, s.Code }).IsUnique();
    }
}
