using DanVan.Data.Auditing;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Organizations;

namespace DanVan.Data.Exemplary;

/// <summary>A decision recognising a model (quyết định công nhận mô hình Dân vận khéo).</summary>
public sealed class ModelRecognition : IAuditable
{
    public long Id { get; set; }

    public long ModelId { get; set; }

    /// <summary>The running organisation of the model, for scope and audit.</summary>
    public int OrganizationId { get; set; }

    public string DecisionNumber { get; set; } = string.Empty;

    public DateOnly DecidedOn { get; set; }

    public string IssuedBy { get; set; } = string.Empty;

    public OrganizationLevel Level { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public bool ReevaluateYearly { get; set; }

    /// <summary>The effective last day, see <see cref="RecognitionValidity.LastDay"/>.</summary>
    public DateOnly? LastDay { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}
