using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Domain.Accounts;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Admin;

/// <summary>What an administrator does to accounts: create, give and take roles, unlock.</summary>
public sealed class ManageUsers(AppDbContext db, UserManager<AppUser> users, OrganizationScope scope, UserDirectory directory, TimeProvider clock, ILogger<ManageUsers> logger)
{
    public async Task<CommandResult<string>> CreateAsync(NewUserInput input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Text(nameof(input.UserName), "tên đăng nhập", input.UserName, 64)
            .Text(nameof(input.FullName), "họ và tên", input.FullName, 200)
            .Text(nameof(input.Email), "thư điện tử", input.Email, 256, required: false);
        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add(nameof(input.Password), "Vui lòng nhập mật khẩu ban đầu.");
        }

        if (!string.IsNullOrWhiteSpace(input.Email) && !System.Net.Mail.MailAddress.TryCreate(input.Email.Trim(), out _))
        {
            errors.Add(nameof(input.Email), "Địa chỉ thư điện tử không hợp lệ.");
        }

        await CheckRoleAsync(input.OrganizationId, input.Role, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToResult<string>();
        }

        if (!await scope.CanManageAsync(input.OrganizationId!.Value, cancellationToken))
        {
            return CommandResult<string>.Forbidden();
        }

        var user = new AppUser
        {
            UserName = input.UserName!.Trim(),
            FullName = Domain.Text.VietnameseText.Normalize(input.FullName),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(input.Password) : nameof(input.UserName), error.Description);
            }

            return errors.ToResult<string>();
        }

        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, OrganizationId = input.OrganizationId.Value, Role = input.Role!.Value });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("User {UserId} created with role {Role} in {OrganizationId}", user.Id, input.Role, input.OrganizationId);
        return CommandResult<string>.Ok(user.Id);
    }

    public async Task<CommandResult<int>> AddRoleAsync(string userId, RoleInput input, CancellationToken cancellationToken)
    {
        if (!await directory.MayManageAsync(userId, cancellationToken))
        {
            return CommandResult<int>.NotFound();
        }

        var errors = new ValidationErrors();
        await CheckRoleAsync(input.OrganizationId, input.Role, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        if (!await scope.CanManageAsync(input.OrganizationId!.Value, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        if (await db.RoleAssignments.AnyAsync(r => r.UserId == userId && r.OrganizationId == input.OrganizationId && r.Role == input.Role, cancellationToken))
        {
            return CommandResult<int>.Invalid(nameof(input.Role), "Người dùng đã có vai trò này tại tổ chức đã chọn.");
        }

        var assignment = new RoleAssignment { UserId = userId, OrganizationId = input.OrganizationId.Value, Role = input.Role!.Value };
        db.RoleAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<int>.Ok(assignment.Id);
    }

    public async Task<CommandResult<int>> RemoveRoleAsync(string userId, int roleId, CancellationToken cancellationToken)
    {
        var assignment = await db.RoleAssignments.Include(r => r.Organization).SingleOrDefaultAsync(r => r.Id == roleId && r.UserId == userId, cancellationToken);
        if (assignment is null || !await directory.MayManageAsync(userId, cancellationToken))
        {
            return CommandResult<int>.NotFound();
        }

        if (!await scope.CanManageAsync(assignment.Organization!.Path, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        if (userId == scope.UserId && assignment.Role == OrganizationRole.Administrator)
        {
            return CommandResult<int>.Invalid(string.Empty, "Bạn không thể tự gỡ vai trò Quản trị của mình.");
        }

        db.RoleAssignments.Remove(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<int>.Ok(roleId);
    }

    /// <summary>Disables an account (a person who left): it cannot sign in until unlocked.</summary>
    public async Task<CommandResult<string>> LockAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !await directory.MayManageAsync(userId, cancellationToken))
        {
            return CommandResult<string>.NotFound();
        }

        if (userId == scope.UserId)
        {
            return CommandResult<string>.Invalid(string.Empty, "Bạn không thể tự khóa tài khoản của mình.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        // A new security stamp ends the person's open sessions at their next request.
        await users.UpdateSecurityStampAsync(user);
        return CommandResult<string>.Ok(userId);
    }

    public async Task<CommandResult<string>> UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !await directory.MayManageAsync(userId, cancellationToken))
        {
            return CommandResult<string>.NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return CommandResult<string>.Ok(userId);
    }

    private async Task CheckRoleAsync(int? organizationId, OrganizationRole? role, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (role is not { } r || !Enum.IsDefined(r))
        {
            errors.Add("Role", "Vui lòng chọn vai trò (Chuyên viên, Lãnh đạo hoặc Quản trị).");
        }

        if (organizationId is not { } id)
        {
            errors.Add("OrganizationId", "Vui lòng chọn tổ chức.");
        }
        else if (!await db.Organizations.AnyAsync(o => o.Id == id && o.ValidTo == null, cancellationToken))
        {
            errors.Add("OrganizationId", "Tổ chức không tồn tại hoặc đã đóng.");
        }
    }
}
