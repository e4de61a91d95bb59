using System.Globalization;
using System.Text.Json;
using DanVan.Data.Auditing;

namespace DanVan.Data.Reporting;

/// <summary>Audit rows for a report's actions; a value's history is read back from them.</summary>
public static class ReportAudit
{
    public const string EntityType = nameof(Report);
    public const string Created = "Created";
    public const string ValuesChanged = "ValuesChanged";
    public const string Submitted = "Submitted";
    public const string Approved = "Approved";
    public const string Returned = "Returned";
    public const string Unlocked = "Unlocked";

    public static AuditEntry Entry(IAuditActor actor, DateTime at, Report report, string action, object? before, object? after) => new()
    {
        At = at,
        UserId = actor.UserId,
        UserName = actor.UserName,
        OrganizationId = report.OrganizationId,
        EntityType = EntityType,
        EntityId = report.Id.ToString(CultureInfo.InvariantCulture),
        Action = action,
        Before = before is null ? null : JsonSerializer.Serialize(before, AuditJson.Options),
        After = after is null ? null : JsonSerializer.Serialize(after, AuditJson.Options),
    };
}
