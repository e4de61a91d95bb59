using System.Text.Json.Serialization;
using DanVan.Web.Features.Reception;

namespace DanVan.Web.Features.Models;

/// <summary>A model as an officer registers it or another system sends it.</summary>
public sealed class ModelInput
{
    /// <summary>The organisation that runs the model; its level becomes the model's.</summary>
    public int? OrganizationId { get; set; }

    public string? Name { get; set; }

    /// <summary>Economy, CultureSociety, DefenceSecurity or PartyBuilding.</summary>
    public string? Field { get; set; }

    /// <summary>dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? StartedOn { get; set; }

    public string? Description { get; set; }

    public string? Goals { get; set; }

    public string? Beneficiaries { get; set; }

    /// <summary>Shown on the public showcase while recognised.</summary>
    public bool IsPublished { get; set; }

    /// <summary>Measurable results; rows left wholly empty are dropped.</summary>
    public List<ModelResultInput> Results { get; set; } = [];
}

/// <summary>A measurable result: a number (vi-VN "1.234,5" or a JSON number), its unit and what it counts.</summary>
public sealed class ModelResultInput
{
    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? Value { get; set; }

    public string? Unit { get; set; }

    public string? Label { get; set; }
}

/// <summary>A recognition decision (quyết định công nhận).</summary>
public sealed class RecognitionInput
{
    public string? DecisionNumber { get; set; }

    /// <summary>dd/MM/yyyy.</summary>
    public string? DecidedOn { get; set; }

    public string? IssuedBy { get; set; }

    /// <summary>Central, Province, District or Commune: the issuing body's level.</summary>
    public string? Level { get; set; }

    /// <summary>dd/MM/yyyy; the decision's day when empty.</summary>
    public string? ValidFrom { get; set; }

    /// <summary>dd/MM/yyyy; none for no end.</summary>
    public string? ValidTo { get; set; }

    /// <summary>The model must be re-evaluated every year: the recognition lapses a year after it starts.</summary>
    public bool ReevaluateYearly { get; set; }
}

/// <summary>Replicating a model (nhân rộng) in another organisation.</summary>
public sealed class ReplicaInput
{
    public int? OrganizationId { get; set; }

    /// <summary>dd/MM/yyyy.</summary>
    public string? StartedOn { get; set; }

    /// <summary>The replica's own name; the origin's when empty.</summary>
    public string? Name { get; set; }

    /// <summary>What is adapted locally; the origin's description when empty.</summary>
    public string? Description { get; set; }
}
