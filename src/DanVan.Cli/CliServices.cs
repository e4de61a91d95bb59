using DanVan.Data;
using DanVan.Data.Accounts;
using DanVan.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Cli;

/// <summary>The services a command uses: the data layer, accounts and quiet logging.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(DatabaseOptions database)
    {
        var services = new ServiceCollection();
        // Warnings only: EF's SQL log would drown the progress display.
        // The failures EF logs as it probes a new database (no migrations history yet) are expected,
        // and a failing command reaches the user as an error message anyway.
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        services.AddOptions<DemoOptions>();
        services.AddDanVanData(database, Directory.GetCurrentDirectory());
        services.AddDanVanAccounts();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
