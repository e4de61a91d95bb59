namespace DanVan.Data.Auditing;

/// <summary>An entity whose every change is written to the audit trail.</summary>
public interface IAuditable
{
    /// <summary>The organisation the change concerns, so audit can be filtered by subtree.</summary>
    int? AuditOrganizationId { get; }
}
