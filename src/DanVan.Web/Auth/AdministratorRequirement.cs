using Microsoft.AspNetCore.Authorization;

namespace DanVan.Web.Auth;

/// <summary>The person holds Quản trị in at least one organisation.</summary>
internal sealed class AdministratorRequirement : AuthorizationHandler<AdministratorRequirement>, IAuthorizationRequirement
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdministratorRequirement requirement)
    {
        if (context.Resource is HttpContext httpContext && context.User.Identity?.IsAuthenticated == true
            && await httpContext.RequestServices.GetRequiredService<OrganizationScope>().IsAdministratorAsync(httpContext.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }
}
