using System.CommandLine;
using DanVan.Data;
using DanVan.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan seed units</c>: the official administrative units, before and after 1 July 2025.</summary>
internal static class SeedUnitsCommand
{
    public static Command Create()
    {
        var command = new Command("units", "Nạp danh mục đơn vị hành chính chính thức (trước và từ 01/07/2025) và bảng chuyển đổi");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, RunAsync, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.AdminUnits.AnyAsync(cancellationToken))
        {
            Terminal.Info("Danh mục đơn vị hành chính đã có: không nạp lại. Dùng \"danvan import units\" để cập nhật.");
            return 0;
        }

        var importer = services.GetRequiredService<AdminUnitImporter>();
        var count = await Terminal.StatusAsync("Đang nạp đơn vị hành chính…", progress => importer.SeedAsync(progress, cancellationToken));
        Terminal.Success(Terminal.Format($"Đã nạp {count:N0} phiên bản đơn vị hành chính."));
        return 0;
    }
}
