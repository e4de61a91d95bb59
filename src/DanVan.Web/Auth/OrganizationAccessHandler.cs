using System.Globalization;
using Microsoft.AspNetCore.Authorization;

namespace DanVan.Web.Auth;

/// <summary>
/// Reads the organisation id from the route and checks it against the person's subtrees. An id
/// outside them, or one that does not exist, fails alike, so nothing leaks about other provinces.
/// </summary>
internal sealed class OrganizationAccessHandler(IHttpContextAccessor http) : AuthorizationHandler<OrganizationAccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganizationAccessRequirement requirement)
    {
        var httpContext = context.Resource as HttpContext ?? http.HttpContext;
        if (httpContext is null || context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var scope = httpContext.RequestServices.GetRequiredService<OrganizationScope>();
        var value = httpContext.GetRouteValue(Policies.OrganizationRouteKey)?.ToString();
        if (value is null)
        {
            // A list without a target organisation: the handler filters it to the person's subtrees.
            if (requirement.Manage ? await scope.IsAdministratorAsync(httpContext.RequestAborted) : (await scope.RolesAsync(httpContext.RequestAborted)).Count > 0)
            {
                context.Succeed(requirement);
            }

            return;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var organizationId))
        {
            return;
        }

        var allowed = requirement.Manage
            ? await scope.CanManageAsync(organizationId, httpContext.RequestAborted)
            : await scope.CanReadAsync(organizationId, httpContext.RequestAborted);
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}
