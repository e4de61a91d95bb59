using System.Globalization;
using System.Text.Json;
using DanVan.Data.Auditing;

namespace DanVan.Data.Meetings;

/// <summary>Audit rows for changes to a meeting's agenda, conclusions and documents (never a document's bytes).</summary>
public static class MeetingAudit
{
    public const string EntityType = nameof(Meeting);

    public static AuditEntry Entry(IAuditActor actor, DateTime at, int hostOrganizationId, long meetingId, string action, object details) => new()
    {
        At = at,
        UserId = actor.UserId,
        UserName = actor.UserName,
        OrganizationId = hostOrganizationId,
        EntityType = EntityType,
        EntityId = meetingId.ToString(CultureInfo.InvariantCulture),
        Action = action,
        After = JsonSerializer.Serialize(details, AuditJson.Options),
    };
}
