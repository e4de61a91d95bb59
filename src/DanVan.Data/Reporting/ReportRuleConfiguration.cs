using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Reporting;

internal sealed class ReportRuleConfiguration : IEntityTypeConfiguration<ReportRule>
{
    public void Configure(EntityTypeBuilder<ReportRule> builder)
    {
        builder.Property(r => r.Left).HasMaxLength(300);
        builder.Property(r => r.Right).HasMaxLength(300);
        builder.Property(r => r.Message).HasMaxLength(500);
        builder.HasIndex(r => r.FormId);
    }
}
