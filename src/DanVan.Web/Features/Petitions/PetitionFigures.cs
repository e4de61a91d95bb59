using DanVan.Data;
using DanVan.Domain.Petitions;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// An organisation's own petition figures for a reporting period, keyed by the indicator codes of
/// the quarterly report form (section 3, "Tiếp nhận và giải quyết đơn thư"), so a report can be
/// filled from the petition ledger instead of by hand. Counts what the organisation handles itself;
/// consolidation adds up the subtree. Duplicates are not counted.
/// </summary>
public sealed class PetitionFigures(AppDbContext db)
{
    /// <summary>DT_TN's categories, in the form's order: in person, post, portal, forwarded (other systems count as forwarded).</summary>
    public static int CategoryOf(PetitionChannel channel) => channel switch
    {
        PetitionChannel.InPerson => 1,
        PetitionChannel.Post => 2,
        PetitionChannel.Portal => 3,
        _ => 4,
    };

    public async Task<IReadOnlyDictionary<string, double?>> ForAsync(int organizationId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var start = period.Start;
        var end = period.End;
        var own = db.Petitions.AsNoTracking().Where(p => p.OrganizationId == organizationId && p.Status != PetitionStatus.Duplicate);
        var carried = await own.CountAsync(p => p.ReceivedOn < start && (p.HandledOn == null || p.HandledOn >= start), cancellationToken);
        var received = await own.Where(p => p.ReceivedOn >= start && p.ReceivedOn <= end)
            .GroupBy(p => new { p.Channel, p.Kind }).Select(g => new { g.Key.Channel, g.Key.Kind, Count = g.Count() }).ToListAsync(cancellationToken);
        var accepted = await own.CountAsync(p => p.AcceptedOn >= start && p.AcceptedOn <= end, cancellationToken);
        var forwarded = await own.CountAsync(p => p.ForwardedTo != null && p.HandledOn >= start && p.HandledOn <= end, cancellationToken);
        var resolved = await own.Where(p => p.ResolvedOn >= start && p.ResolvedOn <= end)
            .GroupBy(p => p.HandledOnTime == true).Select(g => new { OnTime = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var overdue = await own.CountAsync(p => p.ReceivedOn <= end && (p.HandledOn == null || p.HandledOn > end) && p.DueOn < end, cancellationToken);

        var figures = new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["DT_KYTRUOC"] = carried,
            ["DT_KN"] = received.Where(r => r.Kind == PetitionKind.Complaint).Sum(r => r.Count),
            ["DT_TC"] = received.Where(r => r.Kind == PetitionKind.Denunciation).Sum(r => r.Count),
            ["DT_KNPA"] = received.Where(r => r.Kind is PetitionKind.Recommendation or PetitionKind.Feedback).Sum(r => r.Count),
            ["DT_THULY"] = accepted,
            ["DT_CHUYEN"] = forwarded,
            ["DT_DAGQ"] = resolved.Sum(r => r.Count),
            ["DT_DUNGHAN"] = resolved.Where(r => r.OnTime).Sum(r => r.Count),
            ["DT_QUAHAN"] = overdue,
        };
        for (var category = 1; category <= 4; category++)
        {
            figures[$"DT_TN#{category}"] = received.Where(r => CategoryOf(r.Channel) == category).Sum(r => r.Count);
        }

        var solved = figures["DT_DAGQ"]!.Value;
        figures["DT_TYLE"] = solved == 0 ? null : Math.Round(figures["DT_DUNGHAN"]!.Value * 100 / solved, 1);
        return figures;
    }
}
