using System.Globalization;
using System.Text.Json;
using DanVan.Data.Auditing;

namespace DanVan.Data.Petitions;

/// <summary>Audit rows for a petition's actions and for each view of a confidential identity. They never hold a petitioner's personal data.</summary>
public static class PetitionAudit
{
    public const string EntityType = nameof(Petition);
    public const string IdentityViewed = "IdentityViewed";

    public static AuditEntry Entry(IAuditActor actor, DateTime at, Petition petition, string action, object? before, object? after) => new()
    {
        At = at,
        UserId = actor.UserId,
        UserName = actor.UserName,
        OrganizationId = petition.OrganizationId,
        EntityType = EntityType,
        EntityId = petition.Id.ToString(CultureInfo.InvariantCulture),
        Action = action,
        Before = before is null ? null : JsonSerializer.Serialize(before, AuditJson.Options),
        After = after is null ? null : JsonSerializer.Serialize(after, AuditJson.Options),
    };
}
