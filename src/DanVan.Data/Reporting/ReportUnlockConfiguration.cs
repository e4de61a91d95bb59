using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Reporting;

internal sealed class ReportUnlockConfiguration : IEntityTypeConfiguration<ReportUnlock>
{
    public void Configure(EntityTypeBuilder<ReportUnlock> builder)
    {
        builder.Property(e => e.PeriodKey).HasMaxLength(10);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.GrantedBy).HasMaxLength(256);
        builder.HasOne<ReportForm>().WithMany().HasForeignKey(e => e.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.FormId, e.OrganizationId, e.PeriodKey }).IsUnique();
    }
}
