using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Reporting;

internal sealed class ReportNarrativeConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> builder)
    {
        builder.HasKey(n => new { n.ReportId, n.SectionId });
        builder.Property(n => n.Text).HasMaxLength(20000);
        builder.HasOne<ReportSection>().WithMany().HasForeignKey(n => n.SectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
