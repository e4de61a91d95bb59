using Microsoft.AspNetCore.Authorization;

namespace DanVan.Web.Auth;

/// <summary>The organisation named in the route must lie in the person's subtree (as Quản trị when <see cref="Manage"/>).</summary>
internal sealed class OrganizationAccessRequirement(bool manage) : IAuthorizationRequirement
{
    public bool Manage { get; } = manage;
}
