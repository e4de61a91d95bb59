using System.CommandLine;
using DanVan.Data;
using DanVan.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan migrate</c>: brings the schema up to date.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Cập nhật cấu trúc cơ sở dữ liệu (áp dụng các migration còn thiếu)");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, RunAsync, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await Terminal.StatusAsync("Đang áp dụng migration…", async _ =>
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            return pending.Count;
        });
        Terminal.Success(pending.Count == 0
            ? "Cơ sở dữ liệu đã ở phiên bản mới nhất."
            : Terminal.Format($"Đã áp dụng {pending.Count} migration: {string.Join(", ", pending)}."));
        return 0;
    }
}
