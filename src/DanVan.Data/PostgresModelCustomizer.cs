using DanVan.Data.Entities;
using DanVan.Data.Meetings;
using DanVan.Data.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace DanVan.Data;

/// <summary>
/// What only PostgreSQL gets: trigram indexes so that "contains" searches over folded names use
/// an index, byte order for the tree paths so that a subtree is one range, and wall-clock meeting times.
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
        modelBuilder.Entity<Meeting>().HasIndex(m => m.TitleFolded).HasDatabaseName(SearchIndexes.MeetingTitle)
            .HasMethod("gin").HasOperators("gin_trgm_ops");
        modelBuilder.Entity<WorkTask>().HasIndex(t => t.TitleFolded).HasDatabaseName(SearchIndexes.WorkTaskTitle)
            .HasMethod("gin").HasOperators("gin_trgm_ops");
        modelBuilder.Entity<Exemplary.ExemplaryModel>().HasIndex(m => m.SearchFolded).HasDatabaseName(SearchIndexes.ExemplaryModelText)
            .HasMethod("gin").HasOperators("gin_trgm_ops");

        // A meeting's times are Vietnam's wall-clock times, not instants.
        modelBuilder.Entity<Meeting>().Property(m => m.StartsAt).HasColumnType("timestamp without time zone");
        modelBuilder.Entity<Meeting>().Property(m => m.EndsAt).HasColumnType("timestamp without time zone");
    }
}
