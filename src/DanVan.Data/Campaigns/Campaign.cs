using DanVan.Data.Auditing;
using DanVan.Domain.Campaigns;
using DanVan.Domain.Text;

namespace DanVan.Data.Campaigns;

/// <summary>
/// A campaign (phong trào thi đua, cuộc vận động, chăm lo Tết) launched by a host organisation for a
/// period, with the organisations taking part and the result indicators they record.
/// </summary>
public sealed class Campaign : IAuditable
{
    public long Id { get; set; }

    public CampaignKind Kind { get; set; }

    public string Name
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            NameFolded = VietnameseText.Fold(field);
        }
    } = string.Empty;

    /// <summary>The name folded for search without diacritics.</summary>
    public string NameFolded { get; private set; } = string.Empty;

    /// <summary>The organisation that launches and leads the campaign.</summary>
    public int HostOrganizationId { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string? Description { get; set; }

    public List<CampaignIndicator> Indicators { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>Bumped on every change; a stale edit is refused.</summary>
    public int Revision { get; set; }

    int? IAuditable.AuditOrganizationId => HostOrganizationId;
}

/// <summary>A result indicator of a campaign: a standard one of <see cref="CampaignIndicatorCatalog"/> (with its code) or the campaign's own.</summary>
public sealed class CampaignIndicator
{
    public long Id { get; set; }

    public long CampaignId { get; set; }

    public int Order { get; set; }

    /// <summary>The catalog's code for a standard indicator; none for the campaign's own.</summary>
    public string? Code { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;
}

/// <summary>An organisation taking part in a campaign; the organisations under it take part with it.</summary>
public sealed class CampaignParticipant : IAuditable
{
    public long Id { get; set; }

    public long CampaignId { get; set; }

    public int OrganizationId { get; set; }

    public DateTime AddedAt { get; set; }

    public string? AddedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}

/// <summary>
/// Results an organisation records for a campaign on a day (một lần ghi nhận kết quả): what it did
/// since its previous entry. An organisation's result is the sum of its entries.
/// </summary>
public sealed class CampaignResult : IAuditable
{
    public long Id { get; set; }

    public long CampaignId { get; set; }

    public int OrganizationId { get; set; }

    public DateOnly RecordedOn { get; set; }

    public string? Note { get; set; }

    public List<CampaignResultValue> Values { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    int? IAuditable.AuditOrganizationId => OrganizationId;
}

/// <summary>One indicator's amount in a result entry.</summary>
public sealed class CampaignResultValue
{
    public long Id { get; set; }

    public long ResultId { get; set; }

    public long IndicatorId { get; set; }

    public double Value { get; set; }
}
