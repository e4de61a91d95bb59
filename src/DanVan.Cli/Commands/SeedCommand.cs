using System.CommandLine;
using System.Diagnostics;
using DanVan.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Cli.Commands;

/// <summary>
/// <c>danvan seed units</c>, <c>danvan seed demo</c> and <c>danvan seed --scale province|national</c>.
/// </summary>
internal static class SeedCommand
{
    private static readonly Option<string?> Scale = CreateScale();

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "Hạt giống ngẫu nhiên: cùng hạt giống cho cùng dữ liệu",
        DefaultValueFactory = _ => ScaleSeedRequest.DefaultSeed,
    };

    private static readonly Option<string> Province = new("--province")
    {
        Description = "Mã tỉnh, thành phố cho --scale province (40 là Nghệ An)",
        DefaultValueFactory = _ => ScaleSeedRequest.DefaultProvince,
    };

    public static Command Create()
    {
        var command = new Command("seed", "Nạp dữ liệu: danh mục đơn vị hành chính, dữ liệu mẫu, hoặc bộ dữ liệu quy mô (--scale)")
        {
            Scale,
            Seed,
            Province,
            SeedUnitsCommand.Create(),
            SeedDemoCommand.Create(),
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            parseResult,
            (services, token) => RunAsync(services, parseResult, token),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scale = parseResult.GetValue(Scale) switch
        {
            "national" => DataSetScale.National,
            "province" => DataSetScale.Province,
            _ => throw new CliException("Chọn --scale province hoặc --scale national, hoặc một lệnh con: seed units, seed demo."),
        };
        var request = new ScaleSeedRequest(scale, parseResult.GetValue(Province)!.Trim(), parseResult.GetValue(Seed));

        // The data set hangs under the central commission, which the initializer creates.
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        var report = await Terminal.StatusAsync("Khởi tạo cơ sở dữ liệu…", status => initializer.InitializeAsync(seedDemo: false, status, cancellationToken));
        Terminal.Accounts(report.NewAccounts);

        var stopwatch = Stopwatch.StartNew();
        var seeder = services.GetRequiredService<ScaleSeeder>();
        var result = await Terminal.SeedProgressAsync(progress => seeder.SeedAsync(request, progress, cancellationToken));
        if (result.ProvincesSeeded == 0)
        {
            Terminal.Info(Terminal.Format($"Không tạo thêm tổ chức: {result.ProvincesSkipped} tỉnh, thành phố đã có Ban Tuyên giáo và Dân vận (từ lần chạy trước hoặc dữ liệu mẫu)."));
        }
        else
        {
            Terminal.Success(Terminal.Format(
                $"Đã tạo {result.OrganizationsAdded:N0} tổ chức ({result.OrganizationsClosed:N0} đã ngừng hoạt động) cho {result.ProvincesSeeded} tỉnh, thành phố và {result.CommunesSeeded:N0} xã, phường, đặc khu trong {stopwatch.Elapsed.TotalSeconds:N1} giây."));
            if (result.ProvincesSkipped > 0)
            {
                Terminal.Info(Terminal.Format($"Bỏ qua {result.ProvincesSkipped} tỉnh, thành phố đã có Ban Tuyên giáo và Dân vận."));
            }
        }

        stopwatch.Restart();
        var reports = services.GetRequiredService<ScaleReportSeeder>();
        var reported = await Terminal.SeedProgressAsync(progress => reports.SeedAsync(request.Seed, progress, cancellationToken));
        Terminal.Success(reported.ValuesAdded == 0
            ? Terminal.Format($"Báo cáo đã có sẵn: {reported.Reports:N0} báo cáo theo biểu mẫu {reported.FormCode}.")
            : Terminal.Format($"Đã tạo {reported.ValuesAdded:N0} số liệu; biểu mẫu {reported.FormCode} có {reported.Reports:N0} báo cáo ({stopwatch.Elapsed.TotalSeconds:N1} giây)."));

        stopwatch.Restart();
        var petitionSeeder = services.GetRequiredService<ScalePetitionSeeder>();
        var petitions = await Terminal.SeedProgressAsync(progress => petitionSeeder.SeedAsync(request.Seed, progress, cancellationToken));
        Terminal.Success(petitions.Added == 0
            ? Terminal.Format($"Đơn thư đã có sẵn: {petitions.Petitions:N0} đơn.")
            : Terminal.Format($"Đã tạo {petitions.Added:N0} đơn thư; có tất cả {petitions.Petitions:N0} đơn ({stopwatch.Elapsed.TotalSeconds:N1} giây)."));

        stopwatch.Restart();
        var meetingSeeder = ScaleSeeder.Meetings(services);
        var meetings = await Terminal.SeedProgressAsync(progress => meetingSeeder.SeedAsync(request.Seed, progress, cancellationToken));
        Terminal.Success(meetings.Added == 0
            ? Terminal.Format($"Hội nghị đã có sẵn: {meetings.Meetings:N0} hội nghị.")
            : Terminal.Format($"Đã tạo {meetings.Added:N0} hội nghị với {meetings.BridgePointsAdded:N0} điểm cầu; có tất cả {meetings.Meetings:N0} hội nghị ({stopwatch.Elapsed.TotalSeconds:N1} giây)."));

        stopwatch.Restart();
        var taskSeeder = ScaleSeeder.Tasks(services);
        var tasks = await Terminal.SeedProgressAsync(progress => taskSeeder.SeedAsync(request.Seed, progress, cancellationToken));
        Terminal.Success(tasks.Added == 0
            ? Terminal.Format($"Nhiệm vụ đã có sẵn: {tasks.Tasks:N0} nhiệm vụ.")
            : Terminal.Format($"Đã tạo {tasks.Added:N0} nhiệm vụ; có tất cả {tasks.Tasks:N0} nhiệm vụ ({stopwatch.Elapsed.TotalSeconds:N1} giây)."));

        stopwatch.Restart();
        var peopleSeeder = ScaleSeeder.People(services);
        var people = await Terminal.SeedProgressAsync(progress => peopleSeeder.SeedAsync(progress, cancellationToken));
        Terminal.Success(people.Added == 0
            ? Terminal.Format($"Người dùng của các tổ chức đã có sẵn: {people.People:N0} người.")
            : Terminal.Format($"Đã tạo {people.Added:N0} người dùng (một chuyên viên và một lãnh đạo mỗi tổ chức); có tất cả {people.People:N0} người ({stopwatch.Elapsed.TotalSeconds:N1} giây)."));

        stopwatch.Restart();
        var modelSeeder = ScaleSeeder.Models(services);
        var models = await Terminal.SeedProgressAsync(progress => modelSeeder.SeedAsync(request.Seed, progress, cancellationToken));
        Terminal.Success(models.Added == 0
            ? Terminal.Format($"Mô hình Dân vận khéo đã có sẵn: {models.Models:N0} mô hình.")
            : Terminal.Format($"Đã tạo {models.Added:N0} mô hình Dân vận khéo với {models.RecognitionsAdded:N0} quyết định công nhận; có tất cả {models.Models:N0} mô hình ({stopwatch.Elapsed.TotalSeconds:N1} giây)."));

        stopwatch.Restart();
        var campaignSeeder = ScaleSeeder.Campaigns(services);
        var campaigns = await Terminal.SeedProgressAsync(progress => campaignSeeder.SeedAsync(request.Seed, progress, cancellationToken));
        Terminal.Success(campaigns.Added == 0
            ? Terminal.Format($"Phong trào đã có sẵn: {campaigns.Campaigns:N0} phong trào.")
            : Terminal.Format($"Đã tạo {campaigns.Added:N0} phong trào với {campaigns.EntriesAdded:N0} lần ghi nhận kết quả; có tất cả {campaigns.Campaigns:N0} phong trào ({stopwatch.Elapsed.TotalSeconds:N1} giây)."));

        stopwatch.Restart();
        var sentimentSeeder = ScaleSeeder.Sentiment(services);
        var sentiment = await Terminal.SeedProgressAsync(progress => sentimentSeeder.SeedAsync(request.Seed, progress, cancellationToken));
        Terminal.Success(sentiment.Added == 0
            ? Terminal.Format($"Báo cáo tình hình nhân dân đã có sẵn: {sentiment.Reports:N0} báo cáo.")
            : Terminal.Format($"Đã tạo {sentiment.Added:N0} báo cáo tình hình nhân dân với {sentiment.IssuesAdded:N0} vấn đề nổi cộm; có tất cả {sentiment.Reports:N0} báo cáo ({stopwatch.Elapsed.TotalSeconds:N1} giây)."));
        return 0;
    }

    private static Option<string?> CreateScale()
    {
        var option = new Option<string?>("--scale")
        {
            Description = "Bộ dữ liệu quy mô: province (một tỉnh) hoặc national (cả nước, khoảng 20.000 tổ chức)",
        };
        option.AcceptOnlyFromAmong("province", "national");
        return option;
    }
}
