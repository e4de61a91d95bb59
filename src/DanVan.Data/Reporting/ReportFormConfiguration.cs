using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Reporting;

internal sealed class ReportFormConfiguration : IEntityTypeConfiguration<ReportForm>
{
    public void Configure(EntityTypeBuilder<ReportForm> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(30);
        builder.Property(f => f.Name).HasMaxLength(300);
        builder.Property(f => f.Description).HasMaxLength(2000);
        builder.Ignore(f => f.Schedule);
        builder.HasIndex(f => new { f.Code, f.Version }).IsUnique();
        builder.HasOne(f => f.OwnerOrganization).WithMany().HasForeignKey(f => f.OwnerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Indicators).WithOne(i => i.Form).HasForeignKey(i => i.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Sections).WithOne(s => s.Form).HasForeignKey(s => s.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Rules).WithOne(r => r.Form).HasForeignKey(r => r.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.SubmitterTypes).WithOne().HasForeignKey(t => t.FormId).OnDelete(DeleteBehavior.Cascade);
    }
}
