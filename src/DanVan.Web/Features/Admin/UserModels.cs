using DanVan.Domain.Accounts;

namespace DanVan.Web.Features.Admin;

public sealed record UserSummary(string Id, string UserName, string FullName, string? Email, bool LockedOut, bool TwoFactorEnabled, IReadOnlyList<UserRole> Roles);

public sealed record UserRole(int Id, int OrganizationId, string OrganizationName, OrganizationRole Role)
{
    public string RoleName => OrganizationRoleNames.Of(Role);
}

/// <summary>A person with one of their roles, as the export lists them.</summary>
public sealed record UserRoleRow(string UserName, string FullName, string? Email, bool LockedOut, bool TwoFactorEnabled, string? OrganizationName, OrganizationRole? Role)
{
    public string? RoleName => Role is { } role ? OrganizationRoleNames.Of(role) : null;
}

public sealed class NewUserInput
{
    public string? UserName { get; set; }

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public int? OrganizationId { get; set; }

    public OrganizationRole? Role { get; set; }
}

public sealed class RoleInput
{
    public int? OrganizationId { get; set; }

    public OrganizationRole? Role { get; set; }
}

public sealed record RoleDto(OrganizationRole Code, string Name);
