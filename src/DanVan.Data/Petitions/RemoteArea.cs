using DanVan.Data.Auditing;

namespace DanVan.Data.Petitions;

/// <summary>
/// A commune, ward or special zone designated a remote, hard-to-reach area (vùng sâu, vùng xa),
/// where the Law on Complaints gives longer time limits. Kept by administrators: there is no
/// official list for the units formed in 2025. A petition takes the designation of its receiving
/// organisation's unit when it is registered; a later change does not rewrite registered petitions.
/// </summary>
public sealed class RemoteArea : IAuditable
{
    public int Id { get; set; }

    /// <summary>The unit's <see cref="Entities.AdminUnit.Code"/>; one row per unit.</summary>
    public required string AdminUnitCode { get; set; }

    /// <summary>The decision it comes from, e.g. "Quyết định số 12/QĐ-UBND ngày 05/01/2026".</summary>
    public string? Basis { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => null;
}
