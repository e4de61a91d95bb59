using System.CommandLine;
using System.Data.Common;
using DanVan.Data;
using DanVan.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Cli;

/// <summary>Runs a command's body in a service scope and turns the failures a user can fix into red messages.</summary>
internal static class CommandRunner
{
    public const int Failed = 1;
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(ParseResult parseResult, Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var services = CliServices.Build(GlobalOptions.Resolve(parseResult));
            await using var scope = services.CreateAsyncScope();
            return await body(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception e) when (e is CliException or UnitImportException or ScaleSeedException)
        {
            Terminal.Error(e.Message);
            return Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Terminal.Error("Đã hủy.");
            return Cancelled;
        }
        catch (DbException e)
        {
            Terminal.Error($"Lỗi cơ sở dữ liệu: {e.Message}");
            return Failed;
        }
    }

    /// <summary>Stops commands that need the schema when migrations are pending.</summary>
    /// <exception cref="CliException">The database is not migrated.</exception>
    public static async Task EnsureMigratedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new CliException("Cơ sở dữ liệu chưa được cập nhật cấu trúc: hãy chạy \"danvan migrate\" trước.");
        }
    }
}
