using DanVan.Data.Auditing;

namespace DanVan.Data.Entities;

/// <summary>A kind of organisation (Ban Tuyên giáo và Dân vận, Đảng ủy, MTTQ, …): data, not an enum.</summary>
public sealed class OrganizationType : IAuditable
{
    public int Id { get; set; }

    /// <summary>Short stable code used by imports and the API, e.g. "BTGDV".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    int? IAuditable.AuditOrganizationId => null;
}
