using System.CommandLine;
using DanVan.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan seed demo</c>: a usable database with the demo tree and demo accounts.</summary>
internal static class SeedDemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Khởi tạo cơ sở dữ liệu với cây tổ chức và tài khoản mẫu (chỉ trên cơ sở dữ liệu chưa có tài khoản)");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, RunAsync, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        var report = await Terminal.StatusAsync("Khởi tạo cơ sở dữ liệu…", progress => initializer.InitializeAsync(seedDemo: true, progress, cancellationToken));
        if (report.NewAccounts.Count == 0)
        {
            Terminal.Info("Cơ sở dữ liệu đã có tài khoản nên không tạo dữ liệu mẫu.");
            return 0;
        }

        Terminal.Accounts(report.NewAccounts);
        Terminal.Success(Terminal.Format($"Đã tạo {report.OrganizationsAdded:N0} tổ chức và {report.NewAccounts.Count} tài khoản; đã nạp {report.UnitsAdded:N0} phiên bản đơn vị hành chính."));
        return 0;
    }
}
