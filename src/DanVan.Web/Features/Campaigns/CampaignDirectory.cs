using DanVan.Data;
using DanVan.Data.Campaigns;
using DanVan.Domain.Campaigns;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Campaigns;

/// <summary>The campaigns an organisation sees; one campaign; its participants, entries and results consolidated up the tree.</summary>
public sealed class CampaignDirectory(AppDbContext db, CampaignAccess access, TimeProvider clock)
{
    /// <summary>The most entries a campaign page lists at once.</summary>
    public const int EntriesShown = 50;

    public DateOnly Today => ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);

    public async Task<(PagedList<CampaignSummaryDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ListAsync(CampaignFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.Subtree.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        var today = Today;
        var campaigns = Matching(root.Path, filter, today);
        var total = await campaigns.CountAsync(cancellationToken);
        var rows = await Summaries(InListOrder(campaigns).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize), today).ToListAsync(cancellationToken);
        return (new PagedList<CampaignSummaryDto>(rows, total, filter.Page, filter.PageSize), root, CommandStatus.Ok);
    }

    /// <summary>Every campaign the list's filters select, in its order, read as the rows are written.</summary>
    public async Task<(IAsyncEnumerable<CampaignSummaryDto>? Rows, CommandStatus Status)> StreamAsync(CampaignFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.Subtree.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, status);
        }

        var today = Today;
        return (Summaries(InListOrder(Matching(root.Path, filter, today)), today).AsAsyncEnumerable(), CommandStatus.Ok);
    }

    public async Task<(CampaignDto? Campaign, CommandStatus Status)> GetAsync(long campaignId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.CampaignAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return (null, status);
        }

        var row = await db.Campaigns.AsNoTracking().Include(c => c.Indicators).Where(c => c.Id == campaignId)
            .Join(db.Organizations, c => c.HostOrganizationId, o => o.Id, (c, o) => new { Campaign = c, HostName = o.Name })
            .SingleAsync(cancellationToken);
        var participants = await db.CampaignParticipants.CountAsync(p => p.CampaignId == campaignId, cancellationToken);
        var c = row.Campaign;
        var phase = CampaignPhases.On(c.StartsOn, c.EndsOn, Today);
        return (new CampaignDto(c.Id, c.Kind, CampaignKindNames.Of(c.Kind), c.Name, c.HostOrganizationId, row.HostName, c.StartsOn, c.EndsOn, phase, CampaignPhases.Name(phase),
            c.Description, Indicators(c), participants, grant.CanManage, c.Revision, c.CreatedAt, c.CreatedBy, c.UpdatedAt, c.UpdatedBy), CommandStatus.Ok);
    }

    public async Task<(IReadOnlyList<ParticipantDto>? Participants, CommandStatus Status)> ParticipantsAsync(long campaignId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.CampaignAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return (null, status);
        }

        var rows = await db.CampaignParticipants.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { p, o.Name, o.Path })
            .OrderBy(r => r.Path).ToListAsync(cancellationToken);
        return ([.. rows.Select(r => new ParticipantDto(r.p.OrganizationId, r.Name, r.p.AddedAt, r.p.AddedBy))], CommandStatus.Ok);
    }

    /// <summary>The campaign's results recorded in an organisation's subtree, consolidated by its children.</summary>
    public async Task<(CampaignTotalsDto? Totals, CommandStatus Status)> TotalsAsync(long campaignId, int? organizationId, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.CampaignAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return (null, status);
        }

        var (root, rootStatus) = await access.ViewRootAsync(grant, organizationId, cancellationToken);
        if (root is null)
        {
            return (null, rootStatus);
        }

        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Indicators).SingleAsync(c => c.Id == campaignId, cancellationToken);
        var inside = db.Organizations.IdsWithinSubtree(root.Path);
        var sums = await db.CampaignResults.AsNoTracking().Where(r => r.CampaignId == campaignId && inside.Contains(r.OrganizationId))
            .Join(db.CampaignResultValues, r => r.Id, v => v.ResultId, (r, v) => new { r.OrganizationId, v.IndicatorId, v.Value })
            .GroupBy(x => new { x.OrganizationId, x.IndicatorId })
            .Select(g => new { g.Key.OrganizationId, g.Key.IndicatorId, Value = g.Sum(x => x.Value) })
            .ToListAsync(cancellationToken);
        var recording = sums.Select(s => s.OrganizationId).Distinct().ToList();
        var paths = await db.Organizations.AsNoTracking().Where(o => recording.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Path, cancellationToken);
        var (rows, total) = CampaignTotals.Consolidate(root.Path, sums.Select(s => new CampaignAmount(paths[s.OrganizationId], s.IndicatorId, s.Value)));

        var childIds = rows.Where(r => r.ChildId is not null).Select(r => r.ChildId!.Value).ToList();
        var children = await db.Organizations.AsNoTracking().Where(o => childIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, HasChildren = db.Organizations.Any(x => x.ParentId == o.Id) })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var tableRows = rows.Select(r => r.ChildId is { } id
                ? new CampaignTotalsRowDto(id, children[id].Name, false, children[id].HasChildren, r.Values)
                : new CampaignTotalsRowDto(root.Id, root.Name, true, false, r.Values))
            .ToList();

        // Participants of the subtree that have nothing recorded at or under them yet.
        var participants = await db.CampaignParticipants.AsNoTracking().Where(p => p.CampaignId == campaignId && inside.Contains(p.OrganizationId))
            .Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { o.Name, o.Path }).OrderBy(o => o.Path).ToListAsync(cancellationToken);
        var recordingPaths = paths.Values.ToList();
        var silent = participants.Where(p => !recordingPaths.Any(path => OrganizationPath.IsWithin(p.Path, path))).Select(p => p.Name).ToList();
        return (new CampaignTotalsDto(campaignId, root.Id, root.Name, Indicators(campaign), tableRows, total, participants.Count, participants.Count - silent.Count, silent),
            CommandStatus.Ok);
    }

    /// <summary>The latest entries recorded in an organisation's subtree.</summary>
    public async Task<(PagedList<CampaignEntryDto>? Entries, CommandStatus Status)> EntriesAsync(long campaignId, int? organizationId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (grant, status) = await access.CampaignAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return (null, status);
        }

        var (root, rootStatus) = await access.ViewRootAsync(grant, organizationId, cancellationToken);
        if (root is null)
        {
            return (null, rootStatus);
        }

        var inside = db.Organizations.IdsWithinSubtree(root.Path);
        var entries = db.CampaignResults.AsNoTracking().Where(r => r.CampaignId == campaignId && inside.Contains(r.OrganizationId));
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(r => r.RecordedOn).ThenByDescending(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Include(r => r.Values)
            .Join(db.Organizations, r => r.OrganizationId, o => o.Id, (r, o) => new { Result = r, o.Name })
            .ToListAsync(cancellationToken);
        var items = rows.Select(x => new CampaignEntryDto(x.Result.Id, x.Result.OrganizationId, x.Name, x.Result.RecordedOn, x.Result.Note,
            x.Result.Values.ToDictionary(v => v.IndicatorId, v => v.Value), x.Result.CreatedAt, x.Result.CreatedBy)).ToList();
        return (new PagedList<CampaignEntryDto>(items, total, page, pageSize), CommandStatus.Ok);
    }

    /// <summary>
    /// The organisations a person records results for on the campaign page: the host and the
    /// participants inside their subtrees, and their own organisations when these take part under a
    /// participant. (The API takes any organisation of theirs that takes part.)
    /// </summary>
    public async Task<IReadOnlyList<SubtreeAccess.Choice>> RecordersAsync(long campaignId, CancellationToken cancellationToken)
    {
        var (grant, _) = await access.CampaignAsync(campaignId, cancellationToken);
        if (grant is null)
        {
            return [];
        }

        var roots = await access.Subtree.ReadablePathsAsync(cancellationToken);
        var hostId = OrganizationPath.Ids(grant.HostPath)[^1];
        var rootIds = roots.Select(r => OrganizationPath.Ids(r)[^1]).ToList();
        var candidates = await db.Organizations.AsNoTracking()
            .Where(o => o.ValidTo == null && (o.Id == hostId || rootIds.Contains(o.Id) || db.CampaignParticipants.Any(p => p.CampaignId == campaignId && p.OrganizationId == o.Id)))
            .Select(o => new { o.Id, o.Name, o.Path }).ToListAsync(cancellationToken);
        var participants = await access.ParticipantPathsAsync(campaignId, cancellationToken);
        return [.. candidates
            .Where(o => roots.Any(r => OrganizationPath.IsWithin(r, o.Path)) && CampaignAccess.TakesPart(grant.HostPath, participants, o.Path))
            .OrderBy(o => o.Path, StringComparer.Ordinal).Take(SubtreeAccess.MaxChoices)
            .Select(o => new SubtreeAccess.Choice(o.Id, o.Name, 0))];
    }

    private IQueryable<Campaign> Matching(string rootPath, CampaignFilter filter, DateOnly today)
    {
        var campaigns = access.VisibleFrom(rootPath);
        if (filter.Kind is { } kind)
        {
            campaigns = campaigns.Where(c => c.Kind == kind);
        }

        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            campaigns = campaigns.Where(c => c.StartsOn <= to && c.EndsOn >= from);
        }

        campaigns = filter.Phase switch
        {
            CampaignPhase.Upcoming => campaigns.Where(c => c.StartsOn > today),
            CampaignPhase.Running => campaigns.Where(c => c.StartsOn <= today && c.EndsOn >= today),
            CampaignPhase.Ended => campaigns.Where(c => c.EndsOn < today),
            _ => campaigns,
        };
        foreach (var term in VietnameseText.SearchTerms(filter.Q))
        {
            campaigns = campaigns.Where(c => c.NameFolded.Contains(term));
        }

        return campaigns;
    }

    private static IQueryable<Campaign> InListOrder(IQueryable<Campaign> campaigns) => campaigns.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id);

    // The host's name and the participants are read in the same query, so that a streamed list runs no other.
    private IQueryable<CampaignSummaryDto> Summaries(IQueryable<Campaign> campaigns, DateOnly today) =>
        campaigns.Select(c => Summary(c, db.Organizations.Where(o => o.Id == c.HostOrganizationId).Select(o => o.Name).First(), db.CampaignParticipants.Count(p => p.CampaignId == c.Id), today));

    internal static CampaignSummaryDto Summary(Campaign c, string hostName, int participants, DateOnly today)
    {
        var phase = CampaignPhases.On(c.StartsOn, c.EndsOn, today);
        return new CampaignSummaryDto(c.Id, c.Kind, CampaignKindNames.Of(c.Kind), c.Name, c.HostOrganizationId, hostName, c.StartsOn, c.EndsOn, phase, CampaignPhases.Name(phase), participants);
    }

    private static List<CampaignIndicatorDto> Indicators(Campaign campaign) =>
        [.. campaign.Indicators.OrderBy(i => i.Order).Select(i => new CampaignIndicatorDto(i.Id, i.Code, i.Name, i.Unit, CampaignFigures.ReportKeyOf(CampaignIndicatorCatalog.Find(i.Code))))];
}
