using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Reporting;

internal sealed class ReportIndicatorConfiguration : IEntityTypeConfiguration<ReportIndicator>
{
    public void Configure(EntityTypeBuilder<ReportIndicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(30);
        builder.Property(i => i.Name).HasMaxLength(400);
        builder.Property(i => i.GroupName).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(50);
        builder.Property(i => i.Categories).HasMaxLength(1000);
        builder.Ignore(i => i.CategoryList);
        builder.Ignore(i => i.Range);
        builder.HasIndex(i => new { i.FormId, i.Code }).IsUnique();
    }
}
