using System.Security.Cryptography;
using DanVan.Data.Entities;
using DanVan.Domain.Accounts;
using DanVan.Domain.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Data.Seeding;

/// <summary>
/// Brings a database to a usable state: migrations, administrative units, organisation types,
/// the Government's announced days off, the central commission, the first administrator, and (optionally) the demo tree.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    AdminUnitImporter units,
    DemoSeeder demo,
    ReportDemoSeeder reportDemo,
    PetitionDemoSeeder petitionDemo,
    MeetingDemoSeeder meetingDemo,
    ModelDemoSeeder modelDemo,
    UserManager<AppUser> users,
    IOptions<DemoOptions> options,
    TimeProvider clock)
{
    public const string AdminUserName = "admin";
    public const string CentralName = "Ban Tuyên giáo và Dân vận Trung ương";

    public async Task<SeedReport> InitializeAsync(bool seedDemo, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var report = new SeedReport();
        progress?.Report("Áp dụng migration");
        await MigrateAsync(cancellationToken);
        await Petitions.PetitionCounts.EnsureBuiltAsync(db, cancellationToken);

        if (!await db.AdminUnits.AnyAsync(cancellationToken))
        {
            report.UnitsAdded = await units.SeedAsync(progress, cancellationToken);
        }

        if (!await db.OrganizationTypes.AnyAsync(cancellationToken))
        {
            db.OrganizationTypes.AddRange(OrganizationTypeCatalog.All());
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.OfficialDays.AnyAsync(cancellationToken))
        {
            db.OfficialDays.AddRange(OfficialDayCatalog.Load(clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.MeetingTypes.AnyAsync(cancellationToken))
        {
            db.MeetingTypes.AddRange(MeetingTypeCatalog.All());
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.SentimentTopics.AnyAsync(cancellationToken))
        {
            db.SentimentTopics.AddRange(SentimentTopicCatalog.All());
            await db.SaveChangesAsync(cancellationToken);
        }

        var central = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        if (central is null)
        {
            var commission = await db.OrganizationTypes.SingleAsync(t => t.Code == OrganizationTypeCatalog.Commission, cancellationToken);
            central = new Organization { Name = CentralName, TypeId = commission.Id, Level = OrganizationLevel.Central, ValidFrom = new DateOnly(2025, 2, 1) };
            db.Organizations.Add(central);
            await db.SaveChangesAsync(cancellationToken);
            central.Path = OrganizationPath.Of(null, central.Id);
            await db.SaveChangesAsync(cancellationToken);
            report.OrganizationsAdded++;
        }

        var password = options.Value.Password is { Length: > 0 } configured ? configured : null;
        if (!await db.Users.AnyAsync(cancellationToken))
        {
            password ??= GeneratePassword();
            var admin = new AppUser { UserName = AdminUserName, FullName = "Quản trị hệ thống", EmailConfirmed = true, CreatedAt = clock.GetUtcNow().UtcDateTime };
            var result = await users.CreateAsync(admin, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Mật khẩu quản trị không đạt chính sách: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            db.RoleAssignments.Add(new RoleAssignment { UserId = admin.Id, OrganizationId = central.Id, Role = OrganizationRole.Administrator });
            await db.SaveChangesAsync(cancellationToken);
            report.NewAccounts.Add((AdminUserName, password));

            if (seedDemo)
            {
                progress?.Report("Dữ liệu mẫu");
                await demo.SeedAsync(central, password, report, cancellationToken);
                progress?.Report("Báo cáo mẫu");
                report.ReportsAdded = await reportDemo.SeedAsync(central, cancellationToken);
                progress?.Report("Đơn thư mẫu");
                report.PetitionsAdded = await petitionDemo.SeedAsync(cancellationToken);
                progress?.Report("Hội nghị mẫu");
                await meetingDemo.SeedAsync(central, cancellationToken);
                progress?.Report("Nhiệm vụ mẫu");
                await new TaskDemoSeeder(db, clock).SeedAsync(central, cancellationToken);
                progress?.Report("Mô hình Dân vận khéo mẫu");
                await modelDemo.SeedAsync(cancellationToken);
                progress?.Report("Phong trào mẫu");
                await new CampaignDemoSeeder(db, clock).SeedAsync(central, cancellationToken);
                progress?.Report("Báo cáo tình hình nhân dân mẫu");
                await new SentimentDemoSeeder(db, clock).SeedAsync(cancellationToken);
                progress?.Report("Tiếp công dân, đối thoại mẫu");
                await new ReceptionDemoSeeder(db, clock).SeedAsync(cancellationToken);
            }
        }

        return report;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while one writer commits; the setting stays in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>A password that meets the policy: 16 characters from letters, digits and a symbol.</summary>
    public static string GeneratePassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = letters[RandomNumberGenerator.GetInt32(letters.Length)];
        }

        chars[4] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[9] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[12] = '-';
        return new string(chars);
    }
}
