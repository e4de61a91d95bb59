using DanVan.Data.Auditing;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;

namespace DanVan.Data.Exemplary;

/// <summary>A "Dân vận khéo" model (mô hình, điển hình Dân vận khéo) run by an organisation.</summary>
public sealed class ExemplaryModel : IAuditable
{
    public long Id { get; set; }

    public string Name
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

    public ModelField Field { get; set; }

    /// <summary>The organisation that runs the model.</summary>
    public int OrganizationId { get; set; }

    /// <summary>The running organisation's level when the model was registered.</summary>
    public OrganizationLevel Level { get; set; }

    public DateOnly StartedOn { get; set; }

    public string Description
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            Index();
        }
    } = string.Empty;

    public string? Goals { get; set; }

    /// <summary>Who benefits (đối tượng thụ hưởng).</summary>
    public string? Beneficiaries { get; set; }

    /// <summary>Shown on the public showcase when recognised.</summary>
    public bool IsPublished { get; set; }

    /// <summary>The model this one replicates (nhân rộng từ); none for an original.</summary>
    public long? OriginId { get; set; }

    /// <summary>The original at the root of the replication tree; none for an original.</summary>
    public long? RootId { get; set; }

    /// <summary>Name and description folded for search.</summary>
    public string SearchFolded { get; private set; } = string.Empty;

    public List<ModelResult> Results { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;

    private void Index() => SearchFolded = VietnameseText.Fold(string.Join(' ', Name, Description));
}
