using System.CommandLine;
using System.Globalization;
using System.Text;
using DanVan.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan import units FILE [--valid-from dd/MM/yyyy]</c>: a unit list or a change list.</summary>
internal static class ImportUnitsCommand
{
    private static readonly Argument<FileInfo> File = new("csv")
    {
        Description = "Tệp CSV (UTF-8): danh sách đơn vị (code,name,type,parent_code,level,full_name) hoặc danh sách thay đổi",
    };

    private static readonly Option<string?> ValidFrom = new("--valid-from")
    {
        Description = "Ngày hiệu lực dd/MM/yyyy của danh sách đơn vị (danh sách thay đổi tự ghi ngày)",
    };

    public static Command Create()
    {
        var units = new Command("units", "Nhập danh mục hoặc thay đổi đơn vị hành chính, giữ nguyên lịch sử") { File, ValidFrom };
        units.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            parseResult,
            (services, token) => RunAsync(services, parseResult.GetValue(File)!, parseResult.GetValue(ValidFrom), token),
            cancellationToken));
        return new Command("import", "Nhập dữ liệu từ tệp") { units };
    }

    private static async Task<int> RunAsync(IServiceProvider services, FileInfo file, string? validFromText, CancellationToken cancellationToken)
    {
        DateOnly? validFrom = null;
        if (!string.IsNullOrWhiteSpace(validFromText))
        {
            validFrom = DateOnly.TryParseExact(validFromText.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new CliException($"Ngày hiệu lực \"{validFromText}\" không đúng dạng dd/MM/yyyy.");
        }

        if (!file.Exists)
        {
            throw new CliException($"Không tìm thấy tệp \"{file.FullName}\".");
        }

        await CommandRunner.EnsureMigratedAsync(services, cancellationToken);
        using var reader = new StreamReader(file.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var importer = services.GetRequiredService<AdminUnitImporter>();
        var result = await Terminal.StatusAsync($"Đang nhập {file.Name}…", _ => importer.ImportAsync(reader, validFrom, cancellationToken));
        Terminal.Success(Terminal.Format($"Đã nhập {file.Name}: thêm {result.Added:N0} phiên bản, đóng {result.Closed:N0} phiên bản, {result.Unchanged:N0} đơn vị không đổi."));
        return 0;
    }
}
