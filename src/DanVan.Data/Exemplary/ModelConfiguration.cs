using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Exemplary;

internal sealed class ExemplaryModelConfiguration : IEntityTypeConfiguration<ExemplaryModel>
{
    public void Configure(EntityTypeBuilder<ExemplaryModel> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(ModelLimits.NameLength);
        builder.Property(m => m.Description).HasMaxLength(ModelLimits.TextLength);
        builder.Property(m => m.Goals).HasMaxLength(ModelLimits.TextLength);
        builder.Property(m => m.Beneficiaries).HasMaxLength(ModelLimits.BeneficiariesLength);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.Property(m => m.UpdatedBy).HasMaxLength(256);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ExemplaryModel>().WithMany().HasForeignKey(m => m.OriginId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Results).WithOne().HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<ModelRecognition>().WithOne().HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<ModelPhoto>().WithOne().HasForeignKey(p => p.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<ModelDocument>().WithOne().HasForeignKey(d => d.ModelId).OnDelete(DeleteBehavior.Cascade);

        // The list: an organisation's models by field and start; statistics by level and year; a replication tree.
        builder.HasIndex(m => new { m.OrganizationId, m.Field, m.StartedOn });
        builder.HasIndex(m => new { m.Level, m.StartedOn });
        // The nation's list, newest start first (ModelListQuery).
        builder.HasIndex(m => new { m.StartedOn, m.Id });
        builder.HasIndex(m => m.RootId);
        builder.HasIndex(m => m.OriginId);
    }
}

internal sealed class ModelResultConfiguration : IEntityTypeConfiguration<ModelResult>
{
    public void Configure(EntityTypeBuilder<ModelResult> builder)
    {
        builder.Property(r => r.Value).HasPrecision(18, 2);
        builder.Property(r => r.Unit).HasMaxLength(ModelLimits.UnitLength);
        builder.Property(r => r.Label).HasMaxLength(ModelLimits.LabelLength);
    }
}

internal sealed class ModelRecognitionConfiguration : IEntityTypeConfiguration<ModelRecognition>
{
    public void Configure(EntityTypeBuilder<ModelRecognition> builder)
    {
        builder.Property(r => r.DecisionNumber).HasMaxLength(ModelLimits.DecisionNumberLength);
        builder.Property(r => r.IssuedBy).HasMaxLength(ModelLimits.IssuerLength);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        // The decisions of a model by start; with the last day, the list checks whether a model is recognised from the index alone.
        builder.HasIndex(r => new { r.ModelId, r.ValidFrom, r.LastDay });
    }
}

internal sealed class ModelPhotoConfiguration : IEntityTypeConfiguration<ModelPhoto>
{
    public void Configure(EntityTypeBuilder<ModelPhoto> builder)
    {
        builder.Property(p => p.FileName).HasMaxLength(255);
        builder.Property(p => p.ContentType).HasMaxLength(100);
        builder.Property(p => p.Caption).HasMaxLength(ModelLimits.CaptionLength);
        builder.Property(p => p.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class ModelDocumentConfiguration : IEntityTypeConfiguration<ModelDocument>
{
    public void Configure(EntityTypeBuilder<ModelDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.UploadedBy).HasMaxLength(256);
    }
}
