using System.Globalization;
using System.Text.Json;
using DanVan.Data.Entities;

namespace DanVan.Data.Auditing;

/// <summary>One audit row that stands for a bulk change no person made row by row (a seed).</summary>
internal static class SummaryAudit
{
    public static AuditEntry For(IAuditActor actor, TimeProvider clock, int organizationId, string action, object details) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        UserId = actor.UserId,
        UserName = actor.UserName,
        OrganizationId = organizationId,
        EntityType = nameof(Organization),
        EntityId = organizationId.ToString(CultureInfo.InvariantCulture),
        Action = action,
        After = JsonSerializer.Serialize(details, AuditJson.Options),
    };
}
