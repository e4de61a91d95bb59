using DanVan.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Merging;

/// <summary>People who held roles in the merged organisation hold them in its successor.</summary>
public sealed class MoveRoleAssignments : IOrganizationMergeStep
{
    public async Task<int> MoveAsync(AppDbContext db, int fromOrganizationId, int toOrganizationId, DateOnly effectiveOn, CancellationToken cancellationToken)
    {
        var moving = await db.RoleAssignments.Where(r => r.OrganizationId == fromOrganizationId).ToListAsync(cancellationToken);
        var existing = await db.RoleAssignments.Where(r => r.OrganizationId == toOrganizationId)
            .Select(r => new { r.UserId, r.Role })
            .ToListAsync(cancellationToken);
        foreach (var role in moving)
        {
            db.RoleAssignments.Remove(role);
            if (!existing.Any(e => e.UserId == role.UserId && e.Role == role.Role))
            {
                db.RoleAssignments.Add(new RoleAssignment { UserId = role.UserId, OrganizationId = toOrganizationId, Role = role.Role });
            }
        }

        return moving.Count;
    }
}
