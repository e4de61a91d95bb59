using DanVan.Data.Auditing;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;

namespace DanVan.Data.Entities;

/// <summary>An organisation (tổ chức, đơn vị) in the tree Trung ương → tỉnh → xã.</summary>
public sealed class Organization : IAuditable
{
    public int Id { get; set; }

    public string Name
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            NameFolded = VietnameseText.Fold(value);
        }
    } = string.Empty;

    public string NameFolded { get; private set; } = string.Empty;

    public int TypeId { get; set; }

    public OrganizationType? Type { get; set; }

    public OrganizationLevel Level { get; set; }

    /// <summary>The administrative unit's code; none for central bodies.</summary>
    public string? AdminUnitCode { get; set; }

    public int? ParentId { get; set; }

    public Organization? Parent { get; set; }

    /// <summary>Materialised path, see <see cref="OrganizationPath"/>.</summary>
    public string Path { get; set; } = "/";

    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day the organisation worked; set when it is closed or merged.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>The organisation this one merged into, from the day after <see cref="ValidTo"/>.</summary>
    public int? MergedIntoId { get; set; }

    public Organization? MergedInto { get; set; }

    public bool IsOpen => ValidTo is null;

    int? IAuditable.AuditOrganizationId => Id;
}
