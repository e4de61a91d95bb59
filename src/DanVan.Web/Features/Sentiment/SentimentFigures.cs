using DanVan.Data;
using DanVan.Domain.Reporting;
using DanVan.Domain.Sentiment;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Sentiment;

/// <summary>
/// An organisation's own sentiment figures for a reporting period, keyed by the quarterly form's
/// indicator codes (section 8, "Nắm tình hình nhân dân"): reports sent (by their last day), of which
/// ad hoc; prominent issues found in the period, and of those the ones resolved by its end.
/// </summary>
public sealed class SentimentFigures(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<string, double?>> ForAsync(int organizationId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (period.Start, period.End);
        var reports = await db.SentimentReports.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && r.PeriodEnd >= start && r.PeriodEnd <= end)
            .GroupBy(r => r.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var issues = await db.ProminentIssues.AsNoTracking()
            .Where(i => i.OrganizationId == organizationId && i.FoundOn >= start && i.FoundOn <= end)
            .GroupBy(i => i.Status == IssueStatus.Resolved && i.ResolvedOn <= end).Select(g => new { Resolved = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["NTH_BC"] = reports.Sum(r => r.Count),
            ["NTH_DX"] = reports.Where(r => r.Kind == SentimentReportKind.AdHoc).Sum(r => r.Count),
            ["NTH_VD"] = issues.Sum(i => i.Count),
            ["NTH_VDGQ"] = issues.Where(i => i.Resolved).Sum(i => i.Count),
        };
    }
}
