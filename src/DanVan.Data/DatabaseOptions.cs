namespace DanVan.Data;

/// <summary>Which database to use; bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"sqlite" (default) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Connection string; for SQLite a relative file path is taken from the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/danvan.db";

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);
}
