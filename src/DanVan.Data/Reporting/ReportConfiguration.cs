using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Reporting;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.PeriodKey).HasMaxLength(10);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.Property(r => r.SubmittedBy).HasMaxLength(256);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.Property(r => r.ReturnReason).HasMaxLength(2000);
        builder.Property(r => r.ApprovalOverride).HasMaxLength(2000);
        builder.HasOne(r => r.Form).WithMany().HasForeignKey(r => r.FormId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.RollupOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Narratives).WithOne().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);

        // One report per organisation, form version and period; consolidation reads by period and roll-up organisation.
        builder.HasIndex(r => new { r.OrganizationId, r.FormId, r.PeriodKey }).IsUnique();
        builder.HasIndex(r => new { r.RollupOrganizationId, r.PeriodKey, r.FormId, r.Status });
        builder.HasIndex(r => new { r.FormId, r.PeriodKey });
        // The reports desk: sent reports waiting for review, oldest first.
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
    }
}
