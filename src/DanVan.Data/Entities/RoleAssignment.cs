using DanVan.Data.Auditing;
using DanVan.Domain.Accounts;

namespace DanVan.Data.Entities;

/// <summary>A person holds a role in an organisation, which applies to its whole subtree.</summary>
public sealed class RoleAssignment : IAuditable
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public AppUser? User { get; set; }

    public int OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public OrganizationRole Role { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}
