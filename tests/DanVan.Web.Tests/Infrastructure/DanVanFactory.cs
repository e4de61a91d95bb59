using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// The whole application over a real database of its own: a fresh SQLite file, or a fresh
/// PostgreSQL database on the server named by DANVAN_TEST_POSTGRES (scripts/test.sh starts one).
/// </summary>
public abstract class DanVanFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-Pass-2026";

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    public string ProviderName => Provider;

    /// <summary>Extra settings for a derived factory, e.g. a low sign-in limit.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("Auth:SignInPermitPerMinute", "100000");
        builder.UseSetting("Auth:PublicSubmissionsPerHour", "100000");
        builder.UseSetting("Reminders:Enabled", "false"); // a test runs the reminder job itself, through TaskReminders
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

public class SqliteFactory : DanVanFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"danvan-test-{Guid.NewGuid():N}.db");

    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={_file}";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}

public class PostgresFactory : DanVanFactory
{
    private readonly string _database = $"danvan_test_{Guid.NewGuid():N}";

    protected override string Provider => "postgres";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;

    /// <summary>The server for PostgreSQL tests. No server means failure, never a skipped test.</summary>
    public static string ServerConnectionString => Environment.GetEnvironmentVariable("DANVAN_TEST_POSTGRES") is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException("DANVAN_TEST_POSTGRES is not set: run the tests with ./scripts/test.sh, which starts a throwaway PostgreSQL.");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
