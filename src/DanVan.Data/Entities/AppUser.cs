using DanVan.Data.Auditing;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Data.Entities;

/// <summary>A person who signs in.</summary>
public sealed class AppUser : IdentityUser, IAuditable
{
    public string FullName { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public List<RoleAssignment> Roles { get; } = [];

    int? IAuditable.AuditOrganizationId => null;
}
