using System.Text.Json.Serialization;
using DanVan.Web.Features.Reception;

namespace DanVan.Web.Features.Campaigns;

/// <summary>A campaign as its host's officer plans it or another system sends it.</summary>
public sealed class CampaignInput
{
    /// <summary>EmulationMovement, Drive, TetCare or Relief.</summary>
    public string? Kind { get; set; }

    public string? Name { get; set; }

    public int? HostOrganizationId { get; set; }

    /// <summary>dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? StartsOn { get; set; }

    /// <summary>dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? EndsOn { get; set; }

    public string? Description { get; set; }

    /// <summary>Codes of standard indicators (GET /api/v1/campaigns/indicator-catalog).</summary>
    public List<string> IndicatorCodes { get; set; } = [];

    /// <summary>The campaign's own indicators; rows left wholly empty are dropped.</summary>
    public List<OwnIndicatorInput> OwnIndicators { get; set; } = [];

    /// <summary>The revision the change was made on, when editing; a stale one is refused.</summary>
    public int? Revision { get; set; }
}

/// <summary>An indicator of the campaign's own: what it counts and its unit.</summary>
public sealed class OwnIndicatorInput
{
    /// <summary>The indicator's id when it already exists.</summary>
    public long? Id { get; set; }

    public string? Name { get; set; }

    public string? Unit { get; set; }
}

/// <summary>Organisations added to a campaign in one action.</summary>
public sealed class ParticipantsInput
{
    /// <summary>Provinces (every province under the centre), Children (those under <see cref="ParentId"/>) or List.</summary>
    public string? Preset { get; set; }

    public int? ParentId { get; set; }

    public List<int>? OrganizationIds { get; set; }
}

/// <summary>What an organisation did for a campaign, recorded on a day.</summary>
public sealed class CampaignResultInput
{
    public int? OrganizationId { get; set; }

    /// <summary>dd/MM/yyyy; today when empty.</summary>
    public string? RecordedOn { get; set; }

    public string? Note { get; set; }

    /// <summary>Amounts by indicator; empty ones are not recorded.</summary>
    public List<CampaignValueInput> Values { get; set; } = [];
}

/// <summary>One indicator's amount: a number typed the Vietnamese way ("26.000.000.000") or a JSON number.</summary>
public sealed class CampaignValueInput
{
    public long IndicatorId { get; set; }

    [JsonConverter(typeof(NumberOrTextConverter))]
    public string? Value { get; set; }
}
