using DanVan.Domain.Accounts;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Admin;

internal static class AdminApi
{
    public static IServiceCollection AddAdminHandlers(this IServiceCollection services) => services
        .AddScoped<UserDirectory>()
        .AddScoped<ManageUsers>()
        .AddScoped<AuditLog>()
        .AddScoped<Users.ManagedOrganizations>();

    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/roles", () => TypedResults.Ok(Enum.GetValues<OrganizationRole>().Select(r => new RoleDto(r, OrganizationRoleNames.Of(r)))))
            .WithTags("Người dùng").RequireAuthorization(Policies.SignedIn);

        var group = api.MapGroup("/users").WithTags("Người dùng").RequireAuthorization(Policies.Admin);
        group.MapGet("/", async (UserDirectory directory, string? q, int? page, int? pageSize, CancellationToken ct) =>
            TypedResults.Ok(await directory.SearchAsync(q, page, pageSize, ct)));
        group.MapGet("/{userId}", async (UserDirectory directory, string userId, CancellationToken ct) =>
            await directory.GetAsync(userId, ct) is { } user ? Results.Ok(user) : ResultExtensions.NotFoundProblem("Không tìm thấy người dùng trong phạm vi của bạn."));
        group.MapPost("/", async (ManageUsers manage, UserDirectory directory, NewUserInput input, CancellationToken ct) =>
            await manage.CreateAsync(input, ct) is var result && result.Status == CommandStatus.Ok
                ? Results.Created($"/api/v1/users/{result.Value}", await directory.GetAsync(result.Value!, ct))
                : result.ToProblem());
        group.MapPost("/{userId}/roles", async (ManageUsers manage, UserDirectory directory, string userId, RoleInput input, CancellationToken ct) =>
            await manage.AddRoleAsync(userId, input, ct) is var result && result.Status == CommandStatus.Ok
                ? Results.Ok(await directory.GetAsync(userId, ct))
                : result.ToProblem());
        group.MapDelete("/{userId}/roles/{roleId:int}", async (ManageUsers manage, string userId, int roleId, CancellationToken ct) =>
            await manage.RemoveRoleAsync(userId, roleId, ct) is var result && result.Status == CommandStatus.Ok
                ? Results.NoContent()
                : result.ToProblem());
        group.MapPost("/{userId}/lock", async (ManageUsers manage, string userId, CancellationToken ct) =>
            await manage.LockAsync(userId, ct) is var result && result.Status == CommandStatus.Ok
                ? Results.NoContent()
                : result.ToProblem());
        group.MapPost("/{userId}/unlock", async (ManageUsers manage, string userId, CancellationToken ct) =>
            await manage.UnlockAsync(userId, ct) is var result && result.Status == CommandStatus.Ok
                ? Results.NoContent()
                : result.ToProblem());
        return group;
    }

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Nhật ký").RequireAuthorization(Policies.Admin);
        group.MapGet("/", async (AuditLog log, string? user, int? organizationId, string? entity, string? from, string? to, int? page, int? pageSize, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            if (!DateInput.TryParse(from, out var fromDate) && !string.IsNullOrWhiteSpace(from))
            {
                errors.Add("from", "Ngày bắt đầu phải có dạng dd/MM/yyyy.");
            }

            if (!DateInput.TryParse(to, out var toDate) && !string.IsNullOrWhiteSpace(to))
            {
                errors.Add("to", "Ngày kết thúc phải có dạng dd/MM/yyyy.");
            }

            return errors.Any
                ? Results.ValidationProblem(errors.ToDictionary(), title: "Dữ liệu không hợp lệ")
                : Results.Ok(await log.SearchAsync(new AuditFilter(user, organizationId, entity, fromDate, toDate, page, pageSize), ct));
        });
        return group;
    }
}
