using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Web.Features.Organizations;

internal static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Tổ chức").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", ListAsync).WithSummary("Tìm tổ chức trong phạm vi của người dùng; parentId để lấy các tổ chức trực thuộc");
        group.MapPost("/", CreateAsync).WithSummary("Tạo tổ chức dưới một tổ chức cấp trên mà người dùng quản trị");

        var one = group.MapGroup("/{organizationId:int}");
        one.MapGet("/", GetAsync).RequireAuthorization(Policies.OrganizationRead);
        one.MapPut("/", UpdateAsync).RequireAuthorization(Policies.OrganizationManage);
        one.MapPost("/close", CloseAsync).RequireAuthorization(Policies.OrganizationManage).WithSummary("Đóng tổ chức từ một ngày");
        one.MapPost("/merge", MergeAsync).RequireAuthorization(Policies.OrganizationManage).WithSummary("Hợp nhất tổ chức này vào tổ chức khác từ một ngày");
        return group;
    }

    private static async Task<Results<Ok<PagedList<OrganizationSummary>>, Ok<IReadOnlyList<OrganizationSummary>>, ProblemHttpResult, ValidationProblem>> ListAsync(
        OrganizationDirectory directory, string? q, int? parentId, bool? includeClosed, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Dữ liệu không hợp lệ");
        }

        if (parentId is { } parent)
        {
            var children = await directory.ChildrenAsync(parent, includeClosed ?? false, cancellationToken);
            return children is null
                ? TypedResults.Problem(title: "Không có quyền", detail: "Tổ chức này nằm ngoài phạm vi của bạn.", statusCode: StatusCodes.Status403Forbidden)
                : TypedResults.Ok(children);
        }

        return TypedResults.Ok(await directory.SearchAsync(q, includeClosed ?? false, page, pageSize, cancellationToken));
    }

    private static async Task<Results<Ok<OrganizationDetails>, ProblemHttpResult>> GetAsync(OrganizationDirectory directory, int organizationId, CancellationToken cancellationToken) =>
        await directory.GetAsync(organizationId, cancellationToken) is { } details
            ? TypedResults.Ok(details)
            : ResultExtensions.NotFoundProblem("Không tìm thấy tổ chức.");

    private static async Task<IResult> CreateAsync(CreateOrganization handler, OrganizationDirectory directory, OrganizationInput input, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/organizations/{result.Value}", await directory.GetAsync(result.Value, cancellationToken))
            : result.ToProblem();
    }

    private static async Task<IResult> UpdateAsync(UpdateOrganization handler, OrganizationDirectory directory, int organizationId, OrganizationInput input, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(organizationId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok(await directory.GetAsync(organizationId, cancellationToken)) : result.ToProblem();
    }

    private static async Task<IResult> CloseAsync(CloseOrganization handler, OrganizationDirectory directory, int organizationId, CloseOrganizationRequest request, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(organizationId, request, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok(await directory.GetAsync(organizationId, cancellationToken)) : result.ToProblem();
    }

    private static async Task<IResult> MergeAsync(MergeOrganization handler, OrganizationDirectory directory, int organizationId, MergeOrganizationRequest request, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(organizationId, request, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok(await directory.GetAsync(organizationId, cancellationToken)) : result.ToProblem();
    }
}
