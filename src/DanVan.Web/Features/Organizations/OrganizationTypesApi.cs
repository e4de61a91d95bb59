using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Organizations;

internal static class OrganizationTypesApi
{
    public static RouteGroupBuilder MapOrganizationTypesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organization-types").WithTags("Loại tổ chức").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", async (OrganizationDirectory directory, CancellationToken cancellationToken) =>
            TypedResults.Ok(await directory.TypesAsync(activeOnly: false, cancellationToken)));
        group.MapPost("/", async (SaveOrganizationType handler, OrganizationTypeInput input, CancellationToken cancellationToken) =>
            await handler.HandleAsync(null, input, cancellationToken) is var result && result.Status == CommandStatus.Ok
                ? Results.Created($"/api/v1/organization-types/{result.Value}", new { id = result.Value })
                : result.ToProblem())
            .RequireAuthorization(Policies.Admin);
        group.MapPut("/{id:int}", async (SaveOrganizationType handler, int id, OrganizationTypeInput input, CancellationToken cancellationToken) =>
            await handler.HandleAsync(id, input, cancellationToken) is var result && result.Status == CommandStatus.Ok
                ? Results.Ok(new { id })
                : result.ToProblem())
            .RequireAuthorization(Policies.Admin);
        return group;
    }
}
