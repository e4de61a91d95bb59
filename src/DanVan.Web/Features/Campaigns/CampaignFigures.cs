using DanVan.Data;
using DanVan.Domain.Campaigns;
using DanVan.Domain.Reporting;
using DanVan.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Campaigns;

/// <summary>
/// An organisation's own campaign figures for a reporting period, keyed by the quarterly form's
/// indicators: the campaigns it hosts or takes part in directly that run in the period (PT_PHONG),
/// and the amounts it recorded in the period for the standard indicators that feed sections 6 and 9
/// (delegations, gifts by group, money, houses, livelihoods, contributions, land, working days).
/// Consolidation adds up the subtree.
/// </summary>
public sealed class CampaignFigures(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<string, double?>> ForAsync(int organizationId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var start = period.Start;
        var end = period.End;
        var running = await db.Campaigns.AsNoTracking()
            .Where(c => c.StartsOn <= end && c.EndsOn >= start
                && (c.HostOrganizationId == organizationId || db.CampaignParticipants.Any(p => p.CampaignId == c.Id && p.OrganizationId == organizationId)))
            .CountAsync(cancellationToken);
        var amounts = await db.CampaignResults.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && r.RecordedOn >= start && r.RecordedOn <= end)
            .Join(db.CampaignResultValues, r => r.Id, v => v.ResultId, (r, v) => v)
            .Join(db.CampaignIndicators.Where(i => i.Code != null), v => v.IndicatorId, i => i.Id, (v, i) => new { i.Code, v.Value })
            .GroupBy(x => x.Code).Select(g => new { Code = g.Key!, Value = g.Sum(x => x.Value) })
            .ToListAsync(cancellationToken);

        var figures = new Dictionary<string, double?>(StringComparer.Ordinal) { ["PT_PHONG"] = running };
        foreach (var indicator in CampaignIndicatorCatalog.All)
        {
            if (ReportKeyOf(indicator) is { } key)
            {
                figures[key] = amounts.Where(a => a.Code == indicator.Code).Sum(a => a.Value);
            }
        }

        return figures;
    }

    /// <summary>The quarterly report's indicator key a standard indicator fills, or none.</summary>
    public static string? ReportKeyOf(CatalogIndicator? indicator) =>
        indicator?.ReportCode is { } code ? SaveReport.KeyOf(code, indicator.ReportCategory) : null;
}
