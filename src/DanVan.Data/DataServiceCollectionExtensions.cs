using DanVan.Data.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVan.Data;

public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "DanVan.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "DanVan.Data.Postgres";

    /// <summary>Registers the DbContext on the configured provider, with the audit interceptor.</summary>
    public static IServiceCollection AddDanVanData(this IServiceCollection services, DatabaseOptions database, string contentRoot)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActor, SystemAuditActor>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<Seeding.AdminUnitImporter>();
        services.AddScoped<Seeding.DatabaseInitializer>();
        services.AddScoped<Seeding.DemoSeeder>();
        services.AddScoped<Seeding.ReportDemoSeeder>();
        services.AddScoped<Seeding.PetitionDemoSeeder>();
        services.AddScoped<Seeding.MeetingDemoSeeder>();
        services.AddScoped<Seeding.ModelDemoSeeder>();
        services.AddScoped<Seeding.ScaleReportSeeder>();
        services.AddScoped<Seeding.ScalePetitionSeeder>();
        services.AddScoped<Seeding.ScaleSeeder>();
        services.AddScoped<Merging.IOrganizationMergeStep, Merging.MoveRoleAssignments>();
        services.AddScoped<Merging.IOrganizationMergeStep, Reporting.MoveReportRollup>();
        services.AddScoped<Merging.IOrganizationMergeStep, Sentiment.MoveOpenIssues>();
        services.AddSingleton(new WriteGate(serialize: !database.IsPostgres));
        var connectionString = database.IsPostgres ? database.ConnectionString : SqliteConnectionString(database.ConnectionString, contentRoot);
        services.AddDbContext<AppDbContext>((provider, options) =>
        {
            Configure(options, database.IsPostgres, connectionString);
            options.AddInterceptors(provider.GetRequiredService<AuditInterceptor>());
        });
        return services;
    }

    /// <summary>Applies the provider to a DbContext options builder; also used by the design-time factories.</summary>
    public static void Configure(DbContextOptionsBuilder options, bool postgres, string connectionString)
    {
        if (postgres)
        {
            options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
            options.ReplaceService<IModelCustomizer, PostgresModelCustomizer>();
        }
        else
        {
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        }
    }

    /// <summary>Makes a relative SQLite file path absolute under the content root and creates its folder.</summary>
    public static string SqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
