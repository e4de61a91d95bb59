using DanVan.Domain.Campaigns;

namespace DanVan.Web.Features.Campaigns;

public sealed record CampaignSummaryDto(
    long Id, CampaignKind Kind, string KindName, string Name, int HostOrganizationId, string HostName,
    DateOnly StartsOn, DateOnly EndsOn, CampaignPhase Phase, string PhaseName, int ParticipantCount);

/// <summary>A result indicator; <c>ReportKey</c> is the quarterly report's indicator it fills, when any.</summary>
public sealed record CampaignIndicatorDto(long Id, string? Code, string Name, string Unit, string? ReportKey);

public sealed record CampaignDto(
    long Id, CampaignKind Kind, string KindName, string Name, int HostOrganizationId, string HostName,
    DateOnly StartsOn, DateOnly EndsOn, CampaignPhase Phase, string PhaseName, string? Description,
    IReadOnlyList<CampaignIndicatorDto> Indicators, int ParticipantCount, bool CanManage, int Revision,
    DateTime CreatedAt, string? CreatedBy, DateTime UpdatedAt, string? UpdatedBy);

public sealed record ParticipantDto(int OrganizationId, string Name, DateTime AddedAt, string? AddedBy);

/// <summary>A row of the consolidated table: the viewed organisation's own results (<c>OwnRow</c>) or a child's subtree.</summary>
public sealed record CampaignTotalsRowDto(int OrganizationId, string Name, bool OwnRow, bool HasChildren, IReadOnlyDictionary<long, double> Values);

/// <summary>
/// A campaign's results consolidated for an organisation's subtree: a row per child that recorded
/// something, the organisation's own row, the total, and which participants of the subtree have
/// recorded nothing yet.
/// </summary>
public sealed record CampaignTotalsDto(
    long CampaignId, int OrganizationId, string OrganizationName, IReadOnlyList<CampaignIndicatorDto> Indicators,
    IReadOnlyList<CampaignTotalsRowDto> Rows, IReadOnlyDictionary<long, double> Total,
    int Participants, int Reporting, IReadOnlyList<string> Silent);

public sealed record CampaignEntryDto(
    long Id, int OrganizationId, string OrganizationName, DateOnly RecordedOn, string? Note,
    IReadOnlyDictionary<long, double> Values, DateTime CreatedAt, string? CreatedBy);
