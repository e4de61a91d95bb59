namespace DanVan.Data.Auditing;

/// <summary>One change: who, when, what, before and after. Append-only.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public required string UserName { get; set; }

    public int? OrganizationId { get; set; }

    /// <summary>The changed entity's type name, e.g. "Organization".</summary>
    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>Created, Updated, Deleted, or a domain action such as Merged.</summary>
    public required string Action { get; set; }

    /// <summary>JSON of the changed fields before, or <c>null</c> when created.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the changed fields after, or <c>null</c> when deleted.</summary>
    public string? After { get; set; }
}
