using DanVan.Data;
using DanVan.Data.Campaigns;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Campaigns;

/// <summary>
/// Who sees and works on a campaign. The host's people (and those above) manage it; an organisation
/// taking part, the organisations under it and those above it see it and record results for
/// themselves. Nobody sees a campaign sideways: outside all of these the answer is 403.
/// </summary>
public sealed class CampaignAccess(AppDbContext db, SubtreeAccess subtree)
{
    /// <summary>What a person may do with one campaign.</summary>
    public sealed record Grant(long CampaignId, string HostPath, bool CanManage);

    // A campaign page asks for the same grant several times (the campaign, its totals, entries,
    // participants, who may record); it is worked out once a request.
    private readonly Dictionary<long, (Grant? Grant, CommandStatus Status)> _grants = [];

    public SubtreeAccess Subtree => subtree;

    /// <summary>The campaigns an organisation at <paramref name="rootPath"/> sees: hosted in its subtree, or with a participant in its subtree or above it.</summary>
    public IQueryable<Campaign> VisibleFrom(string rootPath)
    {
        var inside = db.Organizations.IdsWithinSubtree(rootPath);
        var above = OrganizationPath.Ids(rootPath).ToList();
        return db.Campaigns.AsNoTracking().Where(c => inside.Contains(c.HostOrganizationId)
            || db.CampaignParticipants.Any(p => p.CampaignId == c.Id && (above.Contains(p.OrganizationId) || inside.Contains(p.OrganizationId))));
    }

    /// <summary>The person's grant on a campaign: 404 when there is none, 403 when it is outside what they see.</summary>
    public async Task<(Grant? Grant, CommandStatus Status)> CampaignAsync(long campaignId, CancellationToken cancellationToken)
    {
        if (!_grants.TryGetValue(campaignId, out var known))
        {
            _grants[campaignId] = known = await GrantAsync(campaignId, cancellationToken);
        }

        return known;
    }

    private async Task<(Grant? Grant, CommandStatus Status)> GrantAsync(long campaignId, CancellationToken cancellationToken)
    {
        var hostPath = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Join(db.Organizations, c => c.HostOrganizationId, o => o.Id, (c, o) => o.Path).SingleOrDefaultAsync(cancellationToken);
        if (hostPath is null)
        {
            return (null, CommandStatus.NotFound);
        }

        var roots = await subtree.ReadablePathsAsync(cancellationToken);
        if (roots.Any(r => OrganizationPath.IsWithin(r, hostPath)))
        {
            return (new Grant(campaignId, hostPath, CanManage: true), CommandStatus.Ok);
        }

        var participants = await ParticipantPathsAsync(campaignId, cancellationToken);
        return roots.Any(r => participants.Any(p => OrganizationPath.IsWithin(r, p) || OrganizationPath.IsWithin(p, r)))
            ? (new Grant(campaignId, hostPath, CanManage: false), CommandStatus.Ok)
            : (null, CommandStatus.Forbidden);
    }

    /// <summary>The person's grant when they manage the campaign (its host's people): 403 for the others who see it.</summary>
    public async Task<(Grant? Grant, CommandStatus Status)> ManagedAsync(long campaignId, CancellationToken cancellationToken)
    {
        var (grant, status) = await CampaignAsync(campaignId, cancellationToken);
        return grant is { CanManage: true } ? (grant, status) : (null, grant is null ? status : CommandStatus.Forbidden);
    }

    /// <summary>Whether an organisation takes part: the host itself, or at or under a participant.</summary>
    public async Task<bool> TakesPartAsync(Grant grant, string organizationPath, CancellationToken cancellationToken) =>
        TakesPart(grant.HostPath, await ParticipantPathsAsync(grant.CampaignId, cancellationToken), organizationPath);

    /// <summary>The rule: inside the host's subtree, and the host itself or at or under a participant.</summary>
    public static bool TakesPart(string hostPath, IReadOnlyList<string> participantPaths, string organizationPath) =>
        OrganizationPath.IsWithin(hostPath, organizationPath)
        && (organizationPath == hostPath || participantPaths.Any(p => OrganizationPath.IsWithin(p, organizationPath)));

    /// <summary>The organisation whose subtree a campaign page shows: the one asked for, else the host when the person manages it, else the working organisation.</summary>
    public async Task<(SubtreeAccess.Root? Root, CommandStatus Status)> ViewRootAsync(Grant grant, int? organizationId, CancellationToken cancellationToken)
    {
        if (organizationId is null && grant.CanManage)
        {
            var hostId = OrganizationPath.Ids(grant.HostPath)[^1];
            return await subtree.RootAsync(hostId, cancellationToken);
        }

        return await subtree.RootAsync(organizationId, cancellationToken);
    }

    public Task<List<string>> ParticipantPathsAsync(long campaignId, CancellationToken cancellationToken) =>
        db.CampaignParticipants.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => o.Path).ToListAsync(cancellationToken);
}
