using DanVan.Data;
using DanVan.Data.Seeding;
using Microsoft.AspNetCore.DataProtection;

namespace DanVan.Web.Infrastructure;

internal static class DataHostingExtensions
{
    public static WebApplicationBuilder AddDanVanData(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services.AddDanVanData(database, builder.Environment.ContentRootPath);
        builder.Services.AddDataProtection().SetApplicationName("DanVan").PersistKeysToDbContext<AppDbContext>();
        return builder;
    }

    /// <summary>Migrates and seeds on start, and prints new accounts' passwords once.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        var demo = app.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DanVan.Startup");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var progress = new Progress<string>(step => logger.LogInformation("Initialising: {Step} at {Elapsed} ms", step, clock.ElapsedMilliseconds));
        var report = await initializer.InitializeAsync(demo.Seed, progress, app.Lifetime.ApplicationStopping);
        logger.LogInformation("Database ready in {Elapsed} ms", clock.ElapsedMilliseconds);
        if (report.UnitsAdded > 0)
        {
            logger.LogInformation("Seeded {UnitCount} administrative unit versions and {OrganizationCount} organisations", report.UnitsAdded, report.OrganizationsAdded);
        }

        if (report.NewAccounts.Count > 0)
        {
            // Shown once, on the console of the person who started the server; never logged to files.
            var generated = string.IsNullOrEmpty(demo.Password);
            Console.WriteLine();
            Console.WriteLine("==== Tài khoản đã tạo (chỉ hiển thị một lần) ====");
            foreach (var (userName, password) in report.NewAccounts)
            {
                Console.WriteLine(generated ? $"  {userName,-28} mật khẩu: {password}" : $"  {userName,-28} mật khẩu: (Demo:Password)");
            }

            Console.WriteLine("=================================================");
            Console.WriteLine();
        }
    }
}
