using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Reporting;

internal sealed class ReportFormOrganizationTypeConfiguration : IEntityTypeConfiguration<ReportFormOrganizationType>
{
    public void Configure(EntityTypeBuilder<ReportFormOrganizationType> builder)
    {
        builder.HasKey(t => new { t.FormId, t.OrganizationTypeId });
        builder.HasOne<OrganizationType>().WithMany().HasForeignKey(t => t.OrganizationTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}
