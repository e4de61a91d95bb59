using System.CommandLine;
using DanVan.Data;

namespace DanVan.Cli;

/// <summary>The database options every command takes, falling back to DANVAN_PROVIDER and DANVAN_CONNECTION.</summary>
internal static class GlobalOptions
{
    public const string ProviderVariable = "DANVAN_PROVIDER";
    public const string ConnectionVariable = "DANVAN_CONNECTION";
    public const string DefaultSqliteFile = "data/danvan.db";

    public static Option<string?> Provider { get; } = CreateProvider();

    public static Option<string?> Connection { get; } = new("--connection")
    {
        Description = $"Chuỗi kết nối, hoặc đường dẫn tệp SQLite (mặc định {DefaultSqliteFile}; biến môi trường {ConnectionVariable})",
        Recursive = true,
    };

    /// <summary>The database to use: options first, then the environment, then the SQLite default.</summary>
    /// <exception cref="CliException">PostgreSQL without a connection string.</exception>
    public static DatabaseOptions Resolve(ParseResult parseResult)
    {
        var provider = parseResult.GetValue(Provider) ?? Environment.GetEnvironmentVariable(ProviderVariable);
        var connection = parseResult.GetValue(Connection) ?? Environment.GetEnvironmentVariable(ConnectionVariable);
        var options = new DatabaseOptions { Provider = string.IsNullOrWhiteSpace(provider) ? "sqlite" : provider.Trim() };
        if (!options.IsPostgres && !string.Equals(options.Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"Hệ quản trị \"{options.Provider}\" không được hỗ trợ: chọn sqlite hoặc postgres.");
        }

        if (string.IsNullOrWhiteSpace(connection))
        {
            options.ConnectionString = options.IsPostgres
                ? throw new CliException($"PostgreSQL cần chuỗi kết nối: dùng --connection hoặc biến môi trường {ConnectionVariable}.")
                : $"Data Source={DefaultSqliteFile}";
        }
        else
        {
            // A bare file name is the usual way to point at a SQLite file.
            options.ConnectionString = !options.IsPostgres && !connection.Contains('=', StringComparison.Ordinal)
                ? $"Data Source={connection.Trim()}"
                : connection.Trim();
        }

        return options;
    }

    private static Option<string?> CreateProvider()
    {
        var option = new Option<string?>("--provider")
        {
            Description = $"Hệ quản trị cơ sở dữ liệu: sqlite (mặc định) hoặc postgres (biến môi trường {ProviderVariable})",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("sqlite", "postgres");
        return option;
    }
}
