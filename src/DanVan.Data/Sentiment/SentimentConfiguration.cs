using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Sentiment;

internal sealed class SentimentTopicConfiguration : IEntityTypeConfiguration<SentimentTopic>
{
    public void Configure(EntityTypeBuilder<SentimentTopic> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(SentimentLimits.CodeLength);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(SentimentLimits.TopicNameLength);
    }
}

internal sealed class SentimentReportConfiguration : IEntityTypeConfiguration<SentimentReport>
{
    public void Configure(EntityTypeBuilder<SentimentReport> builder)
    {
        builder.Property(r => r.Narrative).HasMaxLength(SentimentLimits.NarrativeLength);
        builder.Property(r => r.SearchFolded).HasMaxLength(SentimentLimits.NarrativeLength);
        builder.Property(r => r.SubmittedBy).HasMaxLength(256);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Topics).WithOne().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<ProminentIssue>().WithOne().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Cascade);

        // The list: an organisation's reports newest first; the consolidation: a time range across a subtree.
        builder.HasIndex(r => new { r.OrganizationId, r.PeriodEnd });
        builder.HasIndex(r => new { r.PeriodEnd, r.Assessment });
    }
}

internal sealed class SentimentTopicRatingConfiguration : IEntityTypeConfiguration<SentimentTopicRating>
{
    public void Configure(EntityTypeBuilder<SentimentTopicRating> builder)
    {
        builder.Property(t => t.Note).HasMaxLength(SentimentLimits.NoteLength);
        builder.HasOne<SentimentTopic>().WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ReportId, t.TopicId }).IsUnique();
        builder.HasIndex(t => new { t.TopicId, t.Assessment });
    }
}

internal sealed class ProminentIssueConfiguration : IEntityTypeConfiguration<ProminentIssue>
{
    public void Configure(EntityTypeBuilder<ProminentIssue> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(SentimentLimits.TitleLength);
        builder.Property(i => i.Locality).HasMaxLength(SentimentLimits.LocalityLength);
        builder.Property(i => i.SearchFolded).HasMaxLength(SentimentLimits.TitleLength + SentimentLimits.LocalityLength + 1);
        builder.Property(i => i.UpdatedBy).HasMaxLength(256);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SentimentTopic>().WithMany().HasForeignKey(i => i.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany<IssueFollowUp>().WithOne().HasForeignKey(f => f.IssueId).OnDelete(DeleteBehavior.Cascade);

        // The issue list by organisation and status; the quarterly figures by the day found.
        builder.HasIndex(i => new { i.OrganizationId, i.Status });
        builder.HasIndex(i => new { i.OrganizationId, i.FoundOn });
        builder.HasIndex(i => i.ReportId);
    }
}

internal sealed class IssueFollowUpConfiguration : IEntityTypeConfiguration<IssueFollowUp>
{
    public void Configure(EntityTypeBuilder<IssueFollowUp> builder)
    {
        builder.Property(f => f.Action).HasMaxLength(SentimentLimits.ActionLength);
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
        builder.HasIndex(f => new { f.IssueId, f.On });
    }
}
