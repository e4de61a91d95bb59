using DanVan.Data.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

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
        services.AddScoped<Petitions.PetitionCountInterceptor>();
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
        services.AddScoped<Jobs.JobLease>();
        services.AddSingleton(new WriteGate(serialize: !database.IsPostgres));
        var connectionString = database.IsPostgres ? PostgresConnectionString(database.ConnectionString) : SqliteConnectionString(database.ConnectionString, contentRoot);
        services.AddDbContext<AppDbContext>((provider, options) =>
        {
            Configure(options, database.IsPostgres, connectionString);
            // The counts' interceptor comes second: it uses the transaction the audit opens, if any.
            options.AddInterceptors(provider.GetRequiredService<AuditInterceptor>(), provider.GetRequiredService<Petitions.PetitionCountInterceptor>());
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

    /// <summary>
    /// Lets Npgsql prepare the statements the app runs again and again, so the server parses and
    /// plans them once a connection instead of once a call, and hands pooled connections back as
    /// they are (the app changes no session state). A connection string that names other values
    /// keeps them.
    /// </summary>
    public static string PostgresConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
        }

        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ToString();
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

        // Foreign keys are always enforced. The bundled SQLite enforces them by default; only a
        // library built otherwise needs the pragma, which would be sent on every open.
        builder.ForeignKeys = EnforcesForeignKeysByDefault.Value ? null : true;
        return builder.ToString();
    }

    private static readonly Lazy<bool> EnforcesForeignKeysByDefault = new(() =>
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    });
}
