using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DanVan.Data;

/// <summary>
/// What only PostgreSQL gets: trigram indexes so that "contains" searches over folded names use
/// an index, and byte order for the tree paths so that a subtree is one range.
/// </summary>
public sealed class PostgresModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<AdminUnit>().HasIndex(u => u.NameFolded).HasDatabaseName(SearchIndexes.AdminUnitName)
            .HasMethod("gin").HasOperators("gin_trgm_ops");
        modelBuilder.Entity<Organization>().HasIndex(o => o.NameFolded).HasDatabaseName(SearchIndexes.OrganizationName)
            .HasMethod("gin").HasOperators("gin_trgm_ops");
        modelBuilder.Entity<Organization>().Property(o => o.Path).UseCollation("C");
    }
}
