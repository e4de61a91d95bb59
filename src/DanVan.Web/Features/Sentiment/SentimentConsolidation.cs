using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Sentiment;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Sentiment;

/// <summary>
/// What the reports of a subtree say over a time range: by topic and assessment, by child area
/// (each child organisation with its whole subtree rolled up, and the root's own reports), and by
/// quarter or month with the trend of the worrying share. Reports count in the range by their last day.
/// </summary>
public sealed class SentimentConsolidation(AppDbContext db, SentimentAccess access, SentimentDirectory directory, TimeProvider clock)
{
    public async Task<(SentimentConsolidationDto? Consolidation, CommandStatus Status)> GetAsync(int? organizationId, DateOnly? from, DateOnly? to, SentimentGranularity granularity, CancellationToken cancellationToken)
    {
        var (root, status) = await access.Subtree.RootAsync(organizationId, cancellationToken);
        if (root is null)
        {
            return (null, status);
        }

        var (defaultFrom, defaultTo) = SentimentPeriods.LastFourQuarters(SaveSentimentReport.Today(clock));
        var (first, last) = (from ?? defaultFrom, to ?? defaultTo);
        var subtree = db.Organizations.IdsWithinSubtree(root.Path);
        var reports = db.SentimentReports.AsNoTracking().Where(r => subtree.Contains(r.OrganizationId) && r.PeriodEnd >= first && r.PeriodEnd <= last);
        var issues = db.ProminentIssues.AsNoTracking().Where(i => subtree.Contains(i.OrganizationId) && i.FoundOn >= first && i.FoundOn <= last);

        var byOrganization = await reports.GroupBy(r => new { r.OrganizationId, r.Assessment, r.Kind })
            .Select(g => new { g.Key.OrganizationId, g.Key.Assessment, g.Key.Kind, Count = g.Count() }).ToListAsync(cancellationToken);
        var issuesByOrganization = await issues.GroupBy(i => new { i.OrganizationId, i.TopicId, i.Status })
            .Select(g => new { g.Key.OrganizationId, g.Key.TopicId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var byTopic = await reports.SelectMany(r => r.Topics).GroupBy(t => new { t.TopicId, t.Assessment })
            .Select(g => new { g.Key.TopicId, g.Key.Assessment, Count = g.Count() }).ToListAsync(cancellationToken);
        var byDay = await reports.GroupBy(r => new { r.PeriodEnd, r.Assessment })
            .Select(g => new { g.Key.PeriodEnd, g.Key.Assessment, Count = g.Count() }).ToListAsync(cancellationToken);

        // Each organisation with data rolls up into the child of the root whose subtree holds it.
        var ids = byOrganization.Select(r => r.OrganizationId).Concat(issuesByOrganization.Select(i => i.OrganizationId)).Distinct().ToList();
        var paths = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Path }).ToDictionaryAsync(o => o.Id, o => o.Path, cancellationToken);
        var children = await db.Organizations.AsNoTracking().Where(o => o.ParentId == root.Id)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, Open = o.ValidTo == null }).ToListAsync(cancellationToken);
        var areaOf = ids.ToDictionary(id => id, id => id == root.Id ? root.Id
            : int.Parse(paths[id][root.Path.Length..].Split('/')[0], CultureInfo.InvariantCulture));
        int AreaOf(int id) => areaOf[id];
        var areas = children.Select(c => (c.Id, c.Name, c.Open)).Prepend((Id: root.Id, Name: $"{root.Name} (báo cáo của chính đơn vị)", Open: true));
        var byArea = areas
            .Select(a => Row(a.Id.ToString(CultureInfo.InvariantCulture), a.Name,
                byOrganization.Where(r => AreaOf(r.OrganizationId) == a.Id).Select(r => (r.Assessment, r.Count)),
                issuesByOrganization.Where(i => AreaOf(i.OrganizationId) == a.Id).Select(i => (i.Status, i.Count))))
            .Where((row, i) => row.Reports > 0 || row.Issues > 0 || (i > 0 && children[i - 1].Open))
            .ToList();

        var topics = await directory.TopicsAsync(cancellationToken);
        var topicRows = topics
            .Select(t => Row(t.Code, t.Name, byTopic.Where(r => r.TopicId == t.Id).Select(r => (r.Assessment, r.Count)),
                issuesByOrganization.Where(i => i.TopicId == t.Id).Select(i => (i.Status, i.Count))))
            .Where((row, i) => topics[i].IsActive || row.Reports > 0 || row.Issues > 0)
            .ToList();

        var buckets = SentimentPeriods.Between(first, last, granularity);
        var trend = SentimentTrend.Of([.. buckets.Select(b => new PeriodCounts(b, byDay.Where(d => d.PeriodEnd >= b.Start && d.PeriodEnd <= b.End)
            .GroupBy(d => d.Assessment).ToDictionary(g => g.Key, g => g.Sum(d => d.Count))))]);
        var periods = trend.Select(p => new TrendRow(p.Bucket.Key, p.Bucket.Label, p.Bucket.Start, p.Bucket.End, p.Total,
            [.. SentimentConcern.Ascending.Select(a => byDay.Where(d => d.Assessment == a && d.PeriodEnd >= p.Bucket.Start && d.PeriodEnd <= p.Bucket.End).Sum(d => d.Count))],
            [.. SentimentConcern.Ascending.Select(a => p.Shares[a])], p.WorryingShare, p.Change, p.Direction)).ToList();

        var total = Row("All", "Tổng số", byOrganization.Select(r => (r.Assessment, r.Count)), issuesByOrganization.Select(i => (i.Status, i.Count)));
        var assessments = SentimentConcern.Ascending.Select(a => new AssessmentDto(a, SentimentNames.Of(a))).ToList();
        return (new SentimentConsolidationDto(root.Id, root.Name, first, last, granularity, assessments, total,
            byOrganization.Where(r => r.Kind == SentimentReportKind.AdHoc).Sum(r => r.Count), issuesByOrganization.Where(i => i.Status == IssueStatus.Resolved).Sum(i => i.Count),
            topicRows, byArea, periods), CommandStatus.Ok);
    }

    private static ConsolidationRow Row(string key, string name, IEnumerable<(SentimentAssessment Assessment, int Count)> reports, IEnumerable<(IssueStatus Status, int Count)> issues)
    {
        var list = reports.ToList();
        var counts = SentimentConcern.Ascending.Select(a => list.Where(r => r.Assessment == a).Sum(r => r.Count)).ToList();
        var worst = SentimentConcern.Worst(list.Where(r => r.Count > 0).Select(r => r.Assessment));
        var issueList = issues.ToList();
        return new ConsolidationRow(key, name, counts.Sum(), counts, worst, worst is { } w ? SentimentNames.Of(w) : null,
            issueList.Sum(i => i.Count), issueList.Where(i => IssueWorkflow.IsOpen(i.Status)).Sum(i => i.Count));
    }
}
