using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(CampaignLimits.NameLength);
        builder.Property(c => c.NameFolded).HasMaxLength(CampaignLimits.NameLength);
        builder.Property(c => c.Description).HasMaxLength(CampaignLimits.TextLength);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.UpdatedBy).HasMaxLength(256);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.HostOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Indicators).WithOne().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<CampaignParticipant>().WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<CampaignResult>().WithOne().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);

        // The list: a subtree's campaigns by start.
        builder.HasIndex(c => new { c.HostOrganizationId, c.StartsOn });
        builder.HasIndex(c => new { c.StartsOn, c.EndsOn });
    }
}

internal sealed class CampaignIndicatorConfiguration : IEntityTypeConfiguration<CampaignIndicator>
{
    public void Configure(EntityTypeBuilder<CampaignIndicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(32);
        builder.Property(i => i.Name).HasMaxLength(CampaignLimits.IndicatorNameLength);
        builder.Property(i => i.Unit).HasMaxLength(CampaignLimits.UnitLength);
        builder.HasIndex(i => new { i.CampaignId, i.Order });
    }
}

internal sealed class CampaignParticipantConfiguration : IEntityTypeConfiguration<CampaignParticipant>
{
    public void Configure(EntityTypeBuilder<CampaignParticipant> builder)
    {
        builder.Property(p => p.AddedBy).HasMaxLength(256);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CampaignId, p.OrganizationId }).IsUnique();
        builder.HasIndex(p => p.OrganizationId);
    }
}

internal sealed class CampaignResultConfiguration : IEntityTypeConfiguration<CampaignResult>
{
    public void Configure(EntityTypeBuilder<CampaignResult> builder)
    {
        builder.Property(r => r.Note).HasMaxLength(CampaignLimits.NoteLength);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.ResultId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CampaignId, r.OrganizationId, r.RecordedOn });

        // The report feed: an organisation's entries in a period.
        builder.HasIndex(r => new { r.OrganizationId, r.RecordedOn });
    }
}

internal sealed class CampaignResultValueConfiguration : IEntityTypeConfiguration<CampaignResultValue>
{
    public void Configure(EntityTypeBuilder<CampaignResultValue> builder)
    {
        builder.HasOne<CampaignIndicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ResultId, v.IndicatorId }).IsUnique();
    }
}
