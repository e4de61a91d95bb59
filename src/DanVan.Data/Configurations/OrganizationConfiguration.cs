using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.NameFolded).HasMaxLength(300);
        builder.Property(o => o.AdminUnitCode).HasMaxLength(10);
        builder.Property(o => o.Path).HasMaxLength(400);
        builder.Ignore(o => o.IsOpen);
        builder.HasOne(o => o.Type).WithMany().HasForeignKey(o => o.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.MergedInto).WithMany().HasForeignKey(o => o.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        // Subtrees are path ranges; with the closing day beside the path, the open organisations of a subtree are counted from the index alone.
        builder.HasIndex(o => new { o.Path, o.ValidTo });
        builder.HasIndex(o => o.ParentId);
        builder.HasIndex(o => o.AdminUnitCode);
        builder.HasIndex(o => o.NameFolded).HasDatabaseName(SearchIndexes.OrganizationName);
    }
}
