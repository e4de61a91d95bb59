using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Reception;

internal sealed class ReceptionSessionConfiguration : IEntityTypeConfiguration<ReceptionSession>
{
    public void Configure(EntityTypeBuilder<ReceptionSession> builder)
    {
        builder.Property(s => s.Place).HasMaxLength(ReceptionLimits.PlaceLength);
        builder.Property(s => s.ReceiverName).HasMaxLength(ReceptionLimits.NameLength);
        builder.Property(s => s.Matters).HasMaxLength(ReceptionLimits.TextLength);
        builder.Property(s => s.Outcomes).HasMaxLength(ReceptionLimits.TextLength);
        builder.Property(s => s.AdHocReason).HasMaxLength(ReceptionLimits.ReasonLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);

        // An organisation's sessions by day: the list and the duty grid.
        builder.HasIndex(s => new { s.OrganizationId, s.HeldOn });
    }
}

internal sealed class DialogueConfiguration : IEntityTypeConfiguration<Dialogue>
{
    public void Configure(EntityTypeBuilder<Dialogue> builder)
    {
        builder.Property(d => d.Topic).HasMaxLength(ReceptionLimits.TopicLength);
        builder.Property(d => d.Place).HasMaxLength(ReceptionLimits.PlaceLength);
        builder.Property(d => d.HostName).HasMaxLength(ReceptionLimits.NameLength);
        builder.Property(d => d.Participants).HasMaxLength(ReceptionLimits.ParticipantsLength);
        builder.Property(d => d.Issues).HasMaxLength(ReceptionLimits.TextLength);
        builder.Property(d => d.Answers).HasMaxLength(ReceptionLimits.TextLength);
        builder.Property(d => d.FollowUps).HasMaxLength(ReceptionLimits.TextLength);
        builder.Property(d => d.CreatedBy).HasMaxLength(256);
        builder.Property(d => d.UpdatedBy).HasMaxLength(256);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.OrganizationId, d.HeldOn });
    }
}
