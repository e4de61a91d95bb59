using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Meetings;

/// <summary>The longest texts a meeting keeps.</summary>
public static class MeetingLimits
{
    public const int TitleLength = 300;
    public const int NameLength = 200;
    public const int PlaceLength = 300;
    public const int LinkLength = 500;
    public const int ChairsLength = 1000;
    public const int TextLength = 4000;
    public const int MinutesLength = 50000;
    public const int MaxBridgePoints = 5000;
    public const int MaxAttendees = 200;
    public const int MaxAgendaItems = 100;
}

internal sealed class MeetingTypeConfiguration : IEntityTypeConfiguration<MeetingType>
{
    public void Configure(EntityTypeBuilder<MeetingType> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(20);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(MeetingLimits.NameLength);
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(MeetingLimits.TitleLength);
        builder.Property(m => m.TitleFolded).HasMaxLength(MeetingLimits.TitleLength);
        builder.Property(m => m.Chairs).HasMaxLength(MeetingLimits.ChairsLength);
        builder.Property(m => m.Place).HasMaxLength(MeetingLimits.PlaceLength);
        builder.Property(m => m.OnlineLink).HasMaxLength(MeetingLimits.LinkLength);
        builder.Property(m => m.Purpose).HasMaxLength(MeetingLimits.TextLength);
        builder.Property(m => m.Minutes).HasMaxLength(MeetingLimits.MinutesLength);
        builder.Property(m => m.Recurrence).HasMaxLength(MeetingLimits.NameLength);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.Property(m => m.UpdatedBy).HasMaxLength(256);
        builder.Property(m => m.Revision).IsConcurrencyToken();
        builder.HasOne(m => m.Type).WithMany().HasForeignKey(m => m.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.HostOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.BridgePoints).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Agenda).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Conclusions).WithOne().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<MeetingDocument>().WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);

        // The calendar: a subtree's meetings in a month, and everybody's meetings by time.
        builder.HasIndex(m => new { m.HostOrganizationId, m.StartsAt });
        builder.HasIndex(m => m.StartsAt);
        builder.HasIndex(m => m.SeriesId);
    }
}

internal sealed class BridgePointConfiguration : IEntityTypeConfiguration<BridgePoint>
{
    public void Configure(EntityTypeBuilder<BridgePoint> builder)
    {
        builder.Property(p => p.Location).HasMaxLength(MeetingLimits.PlaceLength);
        builder.Property(p => p.Note).HasMaxLength(MeetingLimits.TextLength);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Attendees).WithOne().HasForeignKey(a => a.BridgePointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.MeetingId, p.OrganizationId }).IsUnique();

        // The meetings an organisation is a bridge point of, for its calendar.
        builder.HasIndex(p => new { p.OrganizationId, p.MeetingId });
    }
}

internal sealed class BridgeAttendeeConfiguration : IEntityTypeConfiguration<BridgeAttendee>
{
    public void Configure(EntityTypeBuilder<BridgeAttendee> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(MeetingLimits.NameLength);
        builder.Property(a => a.Position).HasMaxLength(MeetingLimits.NameLength);
        builder.Property(a => a.Organization).HasMaxLength(MeetingLimits.PlaceLength);
        builder.HasIndex(a => new { a.BridgePointId, a.Order });
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(MeetingLimits.TitleLength);
        builder.Property(a => a.Presenter).HasMaxLength(MeetingLimits.NameLength);
        builder.HasIndex(a => new { a.MeetingId, a.Order });
    }
}

internal sealed class MeetingConclusionConfiguration : IEntityTypeConfiguration<MeetingConclusion>
{
    public void Configure(EntityTypeBuilder<MeetingConclusion> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(MeetingLimits.TextLength);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.MeetingId, c.Order });
    }
}

internal sealed class MeetingDocumentConfiguration : IEntityTypeConfiguration<MeetingDocument>
{
    public void Configure(EntityTypeBuilder<MeetingDocument> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(MeetingLimits.TitleLength);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.UploadedBy).HasMaxLength(256);
        builder.HasIndex(d => d.MeetingId);
    }
}
