using DanVan.Data;
using DanVan.Data.Sentiment;
using DanVan.Domain.Sentiment;
using DanVan.Domain.Text;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Sentiment;

/// <summary>The sentiment reports and prominent issues of a subtree, filtered; one report; one issue with its follow-ups.</summary>
public sealed class SentimentDirectory(AppDbContext db, SentimentAccess access)
{
    public async Task<(PagedList<SentimentReportSummaryDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> ReportsAsync(SentimentFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.Subtree.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        var reports = MatchingReports(root.Path, filter);
        var total = await reports.CountAsync(cancellationToken);
        var rows = await ReportSummaries(reports).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        return (new PagedList<SentimentReportSummaryDto>(rows, total, filter.Page, filter.PageSize), root, CommandStatus.Ok);
    }

    /// <summary>Every report the list's filters select, in its order, read as the rows are written.</summary>
    public async Task<(IAsyncEnumerable<SentimentReportSummaryDto>? Rows, CommandStatus Status)> StreamReportsAsync(SentimentFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.Subtree.RootAsync(filter.OrganizationId, cancellationToken);
        return root is null ? (null, status) : (ReportSummaries(MatchingReports(root.Path, filter)).AsAsyncEnumerable(), CommandStatus.Ok);
    }

    public async Task<(SentimentReportDto? Report, CommandStatus Status)> ReportAsync(long reportId, CancellationToken cancellationToken)
    {
        var status = await access.ReportAsync(reportId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return (null, status);
        }

        var topics = await TopicNamesAsync(cancellationToken);
        var row = await db.SentimentReports.AsNoTracking().Include(r => r.Topics).Where(r => r.Id == reportId)
            .Join(db.Organizations, r => r.OrganizationId, o => o.Id, (r, o) => new { Report = r, o.Name }).SingleAsync(cancellationToken);
        var issues = await Issues(db.ProminentIssues.AsNoTracking().Where(i => i.ReportId == reportId)).OrderBy(x => x.Issue.Id).ToListAsync(cancellationToken);
        var r = row.Report;
        var ratings = r.Topics.OrderBy(t => topics.Order(t.TopicId))
            .Select(t => new TopicRatingDto(t.TopicId, topics.Name(t.TopicId), t.Assessment, SentimentNames.Of(t.Assessment), t.Note)).ToList();
        return (new SentimentReportDto(r.Id, r.OrganizationId, row.Name, r.Kind, SentimentNames.Of(r.Kind), r.PeriodStart, r.PeriodEnd, r.Assessment, SentimentNames.Of(r.Assessment),
            r.Narrative, r.Revision, ratings, [.. issues.Select(i => i.ToDto(topics))], r.SubmittedAt, r.SubmittedBy, r.UpdatedAt, r.UpdatedBy), status);
    }

    public async Task<(PagedList<IssueDto>? List, SubtreeAccess.Root? Root, CommandStatus Status)> IssuesAsync(SentimentFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.Subtree.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, null, status);
        }

        var issues = MatchingIssues(root.Path, filter);
        var total = await issues.CountAsync(cancellationToken);
        var topics = await TopicNamesAsync(cancellationToken);
        var page = await IssuesInListOrder(issues).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        return (new PagedList<IssueDto>([.. page.Select(i => i.ToDto(topics))], total, filter.Page, filter.PageSize), root, CommandStatus.Ok);
    }

    /// <summary>Every issue the list's filters select, in its order, read as the rows are written.</summary>
    public async Task<(IAsyncEnumerable<IssueDto>? Rows, CommandStatus Status)> StreamIssuesAsync(SentimentFilter filter, CancellationToken cancellationToken)
    {
        var (root, status) = await access.Subtree.RootAsync(filter.OrganizationId, cancellationToken);
        if (root is null)
        {
            return (null, status);
        }

        // The topics' names are read first: no other query may run while the list streams.
        var topics = await TopicNamesAsync(cancellationToken);
        return (IssuesInListOrder(MatchingIssues(root.Path, filter)).AsAsyncEnumerable().Select(i => i.ToDto(topics)), CommandStatus.Ok);
    }

    public async Task<(IssueDetailsDto? Issue, CommandStatus Status)> IssueAsync(long issueId, CancellationToken cancellationToken)
    {
        var status = await access.IssueAsync(issueId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return (null, status);
        }

        var topics = await TopicNamesAsync(cancellationToken);
        var issue = (await Issues(db.ProminentIssues.AsNoTracking().Where(i => i.Id == issueId)).SingleAsync(cancellationToken)).ToDto(topics);
        var followUps = await db.IssueFollowUps.AsNoTracking().Where(f => f.IssueId == issueId).OrderByDescending(f => f.On).ThenByDescending(f => f.Id)
            .ToListAsync(cancellationToken);
        return (new IssueDetailsDto(issue, [.. followUps.Select(f => new FollowUpDto(f.Id, f.On, f.Action, f.FromStatus, SentimentNames.Of(f.FromStatus), f.ToStatus, SentimentNames.Of(f.ToStatus), f.CreatedAt, f.CreatedBy))],
            IssueWorkflow.Targets(issue.Status)), status);
    }

    public async Task<IReadOnlyList<SentimentTopicDto>> TopicsAsync(CancellationToken cancellationToken) =>
        await db.SentimentTopics.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new SentimentTopicDto(t.Id, t.Code, t.Name, t.SortOrder, t.IsActive)).ToListAsync(cancellationToken);

    internal async Task<TopicNames> TopicNamesAsync(CancellationToken cancellationToken) => new(await TopicsAsync(cancellationToken));

    internal sealed class TopicNames(IReadOnlyList<SentimentTopicDto> topics)
    {
        private readonly Dictionary<int, (string Name, int Order)> _byId = topics.Select((t, i) => (t, i)).ToDictionary(x => x.t.Id, x => (x.t.Name, x.i));

        public IReadOnlyList<SentimentTopicDto> All => topics;

        public string Name(int id) => _byId.TryGetValue(id, out var topic) ? topic.Name : string.Empty;

        public int Order(int id) => _byId.TryGetValue(id, out var topic) ? topic.Order : int.MaxValue;
    }

    internal sealed class IssueRow
    {
        public required ProminentIssue Issue { get; init; }

        public required string OrganizationName { get; init; }

        public IssueDto ToDto(TopicNames topics) => new(Issue.Id, Issue.ReportId, Issue.OrganizationId, OrganizationName, Issue.TopicId, topics.Name(Issue.TopicId), Issue.Title, Issue.Locality,
            Issue.Scale, SentimentNames.Of(Issue.Scale), Issue.Households, Issue.People, Issue.Status, SentimentNames.Of(Issue.Status), Issue.FoundOn, Issue.ResolvedOn, Issue.Revision);
    }

    private IQueryable<SentimentReport> MatchingReports(string rootPath, SentimentFilter filter)
    {
        var reports = db.SentimentReports.AsNoTracking().Where(r => db.Organizations.IdsWithinSubtree(rootPath).Contains(r.OrganizationId));
        reports = filter.From is { } from ? reports.Where(r => r.PeriodEnd >= from) : reports;
        reports = filter.To is { } to ? reports.Where(r => r.PeriodEnd <= to) : reports;
        reports = filter.Kind is { } kind ? reports.Where(r => r.Kind == kind) : reports;
        reports = filter.Assessment is { } assessment ? reports.Where(r => r.Assessment == assessment) : reports;
        if (filter.TopicId is { } topic)
        {
            reports = reports.Where(r => r.Topics.Any(t => t.TopicId == topic) || db.ProminentIssues.Any(i => i.ReportId == r.Id && i.TopicId == topic));
        }

        foreach (var term in VietnameseText.SearchTerms(filter.Q))
        {
            reports = reports.Where(r => r.SearchFolded.Contains(term) || db.ProminentIssues.Any(i => i.ReportId == r.Id && i.SearchFolded.Contains(term)));
        }

        return reports;
    }

    // Latest period first, with the organisation's name and the issue counts in the same query.
    private IQueryable<SentimentReportSummaryDto> ReportSummaries(IQueryable<SentimentReport> reports) =>
        reports
            .Join(db.Organizations, r => r.OrganizationId, o => o.Id, (r, o) => new
            {
                Report = r,
                o.Name,
                Issues = db.ProminentIssues.Count(i => i.ReportId == r.Id),
                Open = db.ProminentIssues.Count(i => i.ReportId == r.Id && i.Status != IssueStatus.Resolved),
            })
            .OrderByDescending(x => x.Report.PeriodEnd).ThenByDescending(x => x.Report.Id)
            .Select(x => new SentimentReportSummaryDto(x.Report.Id, x.Report.OrganizationId, x.Name, x.Report.Kind, SentimentNames.Of(x.Report.Kind),
                x.Report.PeriodStart, x.Report.PeriodEnd, x.Report.Assessment, SentimentNames.Of(x.Report.Assessment), x.Issues, x.Open, x.Report.SubmittedAt, x.Report.SubmittedBy));

    private IQueryable<ProminentIssue> MatchingIssues(string rootPath, SentimentFilter filter)
    {
        var issues = db.ProminentIssues.AsNoTracking().Where(i => db.Organizations.IdsWithinSubtree(rootPath).Contains(i.OrganizationId));
        issues = filter.From is { } from ? issues.Where(i => i.FoundOn >= from) : issues;
        issues = filter.To is { } to ? issues.Where(i => i.FoundOn <= to) : issues;
        issues = filter.TopicId is { } topic ? issues.Where(i => i.TopicId == topic) : issues;
        issues = filter.Status is { } state ? issues.Where(i => i.Status == state) : filter.OpenOnly ? issues.Where(i => i.Status != IssueStatus.Resolved) : issues;
        foreach (var term in VietnameseText.SearchTerms(filter.Q))
        {
            issues = issues.Where(i => i.SearchFolded.Contains(term));
        }

        return issues;
    }

    // Open ones first, then the latest found.
    private IQueryable<IssueRow> IssuesInListOrder(IQueryable<ProminentIssue> issues) =>
        Issues(issues).OrderBy(x => x.Issue.Status == IssueStatus.Resolved).ThenByDescending(x => x.Issue.FoundOn).ThenByDescending(x => x.Issue.Id);

    private IQueryable<IssueRow> Issues(IQueryable<ProminentIssue> issues) =>
        issues.Join(db.Organizations, i => i.OrganizationId, o => o.Id, (i, o) => new IssueRow { Issue = i, OrganizationName = o.Name });
}
