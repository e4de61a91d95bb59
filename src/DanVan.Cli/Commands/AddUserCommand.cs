using System.CommandLine;
using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Domain.Accounts;
using DanVan.Domain.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan users add NAME --full-name … --organization ID --role …</c>: an account with one role.</summary>
internal static class AddUserCommand
{
    private static readonly Argument<string> UserName = new("username") { Description = "Tên đăng nhập (chữ không dấu, chữ số, - . _ @)" };

    private static readonly Option<string> FullName = new("--full-name") { Description = "Họ và tên", Required = true };

    private static readonly Option<string?> Password = new("--password")
    {
        Description = "Mật khẩu ban đầu (ít nhất 10 ký tự, có chữ hoa, chữ thường và chữ số); bỏ trống để nhập ẩn",
    };

    private static readonly Option<int> Organization = new("--organization") { Description = "Mã số (id) tổ chức", Required = true };

    private static readonly Option<string> Role = new("--role")
    {
        Description = "Vai trò: officer (Chuyên viên), leader (Lãnh đạo) hoặc administrator (Quản trị)",
        Required = true,
    };

    public static Command Create()
    {
        var add = new Command("add", "Tạo tài khoản với một vai trò tại một tổ chức") { UserName, FullName, Password, Organization, Role };
        add.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            parseResult,
            (services, token) => RunAsync(services, parseResult, token),
            cancellationToken));
        return new Command("users", "Quản lý tài khoản") { add };
    }

    private static async Task<int> RunAsync(IServiceProvider services, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var userName = parseResult.GetValue(UserName)!.Trim();
        var fullName = VietnameseText.Normalize(parseResult.GetValue(FullName));
        var organizationId = parseResult.GetValue(Organization);
        if (!OrganizationRoleNames.TryParse(parseResult.GetValue(Role), out var role))
        {
            throw new CliException($"Vai trò \"{parseResult.GetValue(Role)}\" không hợp lệ: chọn officer (Chuyên viên), leader (Lãnh đạo) hoặc administrator (Quản trị).");
        }

        if (fullName.Length is 0 or > 200)
        {
            throw new CliException("Họ và tên không được để trống và tối đa 200 ký tự.");
        }

        await CommandRunner.EnsureMigratedAsync(services, cancellationToken);
        var db = services.GetRequiredService<AppDbContext>();
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => new { o.Name, o.ValidTo })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new CliException($"Không có tổ chức mã số {organizationId}.");
        if (organization.ValidTo is not null)
        {
            throw new CliException($"Tổ chức \"{organization.Name}\" đã ngừng hoạt động từ sau ngày {organization.ValidTo:dd/MM/yyyy}.");
        }

        var password = parseResult.GetValue(Password) ?? AskPassword();
        var user = new AppUser { UserName = userName, FullName = fullName, EmailConfirmed = true, CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await services.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new CliException("Không tạo được tài khoản:" + string.Concat(created.Errors.Select(e => Environment.NewLine + "  - " + e.Description)));
        }

        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, OrganizationId = organizationId, Role = role });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Terminal.Success($"Đã tạo tài khoản {userName} ({fullName}) với vai trò {OrganizationRoleNames.Of(role)} tại {organization.Name}.");
        return 0;
    }

    private static string AskPassword()
    {
        if (Console.IsInputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            throw new CliException("Thiếu --password (không thể hỏi mật khẩu khi không chạy tương tác).");
        }

        return AnsiConsole.Prompt(new TextPrompt<string>("Mật khẩu ban đầu:").Secret());
    }
}
