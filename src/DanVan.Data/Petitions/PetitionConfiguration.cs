using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Petitions;

/// <summary>The longest texts a petition keeps.</summary>
public static class PetitionLimits
{
    public const int SummaryLength = 300;
    public const int ContentLength = 20000;
    public const int NoteLength = 4000;
}

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    private const int SummaryLength = PetitionLimits.SummaryLength;
    private const int ContentLength = PetitionLimits.ContentLength;
    public const int NoteLength = PetitionLimits.NoteLength;

    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.Property(p => p.TrackingCode).HasMaxLength(20);
        builder.HasIndex(p => p.TrackingCode).IsUnique();
        builder.Property(p => p.Summary).HasMaxLength(SummaryLength);
        builder.Property(p => p.Content).HasMaxLength(ContentLength);
        builder.Property(p => p.DueRule).HasMaxLength(20);
        builder.Property(p => p.AssignedToUserId).HasMaxLength(450);
        builder.Property(p => p.AssignedToName).HasMaxLength(200);
        builder.Property(p => p.ForwardedTo).HasMaxLength(300);
        builder.Property(p => p.RefusalReason).HasMaxLength(NoteLength);
        builder.Property(p => p.Resolution).HasMaxLength(ContentLength);
        builder.Property(p => p.Answer).HasMaxLength(ContentLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Petition>().WithMany().HasForeignKey(p => p.FirstPetitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Petition>().WithMany().HasForeignKey(p => p.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Petitioners).WithOne().HasForeignKey(p => p.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Extensions).WithOne().HasForeignKey(e => e.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PetitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<PetitionDocument>().WithOne().HasForeignKey(d => d.PetitionId).OnDelete(DeleteBehavior.Cascade);

        // The queue: an organisation's (or every) open petitions by legal deadline; with the day
        // received, the kind and the field, the statistics' overdue count reads an index alone.
        builder.HasIndex(p => new { p.OrganizationId, p.Status, p.DueOn, p.ReceivedOn, p.Kind, p.Field });
        builder.HasIndex(p => new { p.Status, p.DueOn, p.ReceivedOn, p.Kind, p.Field, p.OrganizationId });
        builder.HasIndex(p => p.ReceivedOn);
    }
}

internal sealed class PetitionerConfiguration : IEntityTypeConfiguration<Petitioner>
{
    public void Configure(EntityTypeBuilder<Petitioner> builder)
    {
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Address).HasMaxLength(500);
        builder.Property(p => p.IdentityNumber).HasMaxLength(20);
    }
}

internal sealed class PetitionExtensionConfiguration : IEntityTypeConfiguration<PetitionExtension>
{
    public void Configure(EntityTypeBuilder<PetitionExtension> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(PetitionConfiguration.NoteLength);
        builder.Property(e => e.GrantedBy).HasMaxLength(256);
    }
}

internal sealed class PetitionEventConfiguration : IEntityTypeConfiguration<PetitionEvent>
{
    public void Configure(EntityTypeBuilder<PetitionEvent> builder)
    {
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Note).HasMaxLength(PetitionConfiguration.NoteLength);
    }
}

internal sealed class PetitionDocumentConfiguration : IEntityTypeConfiguration<PetitionDocument>
{
    public void Configure(EntityTypeBuilder<PetitionDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.UploadedBy).HasMaxLength(256);
        builder.HasIndex(d => d.PetitionId);
    }
}
