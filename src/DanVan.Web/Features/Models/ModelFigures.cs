using DanVan.Data;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Reporting;
using DanVan.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>
/// An organisation's own "Dân vận khéo" figures for a reporting period, keyed by the quarterly form's
/// section 1: the models it runs that had started by the period's end (MH_TONG), those started in
/// the period by field (MH_DK), those recognised in the period by field (MH_CN, by the decision's
/// day), and the replicas it started in the period (MH_NR). Consolidation adds up the subtree.
/// </summary>
public sealed class ModelFigures(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<string, double?>> ForAsync(int organizationId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var start = period.Start;
        var end = period.End;
        var own = db.ExemplaryModels.AsNoTracking().Where(m => m.OrganizationId == organizationId && m.StartedOn <= end);
        var running = await own.CountAsync(cancellationToken);
        var started = await own.Where(m => m.StartedOn >= start).GroupBy(m => m.Field).Select(g => new { Field = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var replicas = await own.CountAsync(m => m.StartedOn >= start && m.OriginId != null, cancellationToken);
        var recognised = await db.ModelRecognitions.AsNoTracking().Where(r => r.DecidedOn >= start && r.DecidedOn <= end)
            .Join(own, r => r.ModelId, m => m.Id, (r, m) => new { r.ModelId, m.Field }).Distinct()
            .GroupBy(x => x.Field).Select(g => new { Field = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var figures = new Dictionary<string, double?>(StringComparer.Ordinal) { ["MH_TONG"] = running, ["MH_NR"] = replicas };
        foreach (var field in Enum.GetValues<ModelField>())
        {
            figures[SaveReport.KeyOf("MH_DK", (int)field)] = started.FirstOrDefault(s => s.Field == field)?.Count ?? 0;
            figures[SaveReport.KeyOf("MH_CN", (int)field)] = recognised.FirstOrDefault(s => s.Field == field)?.Count ?? 0;
        }

        return figures;
    }
}
