using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Sentiment;
using DanVan.Domain.Reporting;
using DanVan.Domain.Sentiment;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Sentiment;

/// <summary>
/// Sends, corrects and deletes sentiment reports of organisations in the person's subtrees, with
/// their topic ratings and prominent issues. Every change is audited by the interceptor in the same save.
/// </summary>
public sealed class SaveSentimentReport(AppDbContext db, SentimentAccess access, SentimentReportCheck check, IAuditActor actor, TimeProvider clock, ILogger<SaveSentimentReport> logger)
{
    public const string ConflictMessage = "Báo cáo vừa được người khác sửa; thay đổi của bạn chưa được ghi. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.";

    public async Task<CommandResult<SentimentReport>> CreateAsync(SentimentReportInput input, CancellationToken cancellationToken)
    {
        var (values, result) = await check.CheckAsync(input, null, cancellationToken);
        if (values is null)
        {
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var report = new SentimentReport { SubmittedAt = now, SubmittedBy = actor.UserName };
        Apply(report, values, now);
        db.SentimentReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        db.ProminentIssues.AddRange(values.Issues.Select(i => NewIssue(report, i, now)));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Sentiment report {ReportId} sent for organization {OrganizationId} with {IssueCount} issue(s)", report.Id, report.OrganizationId, values.Issues.Count);
        return CommandResult<SentimentReport>.Ok(report);
    }

    public async Task<CommandResult<SentimentReport>> UpdateAsync(long reportId, SentimentReportInput input, CancellationToken cancellationToken)
    {
        var (report, status) = await LoadAsync(reportId, cancellationToken);
        if (report is null)
        {
            return CommandResult<SentimentReport>.Refused(status);
        }

        if (input.Revision is { } revision && revision != report.Revision)
        {
            return CommandResult<SentimentReport>.Conflict(ConflictMessage);
        }

        var (values, result) = await check.CheckAsync(input, report, cancellationToken);
        if (values is null)
        {
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var previousOrganizationId = report.OrganizationId;
        db.SentimentTopicRatings.RemoveRange(report.Topics);
        Apply(report, values, now);
        report.Revision++;
        var issues = await db.ProminentIssues.Where(i => i.ReportId == reportId).ToListAsync(cancellationToken);
        var kept = values.Issues.Where(i => i.Id is not null).ToDictionary(i => i.Id!.Value);
        foreach (var issue in issues)
        {
            if (!kept.TryGetValue(issue.Id, out var value))
            {
                db.ProminentIssues.Remove(issue);
                continue;
            }

            Describe(issue, value);
            // An issue that followed a merge to the successor stays there; otherwise it goes with its report.
            issue.OrganizationId = issue.OrganizationId == previousOrganizationId ? report.OrganizationId : issue.OrganizationId;
            issue.FoundOn = report.PeriodEnd;
            if (db.Entry(issue).State == EntityState.Modified)
            {
                issue.Revision++;
                issue.UpdatedAt = now;
                issue.UpdatedBy = actor.UserName;
            }
        }

        db.ProminentIssues.AddRange(values.Issues.Where(i => i.Id is null).Select(i => NewIssue(report, i, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult<SentimentReport>.Conflict(ConflictMessage);
        }

        return CommandResult<SentimentReport>.Ok(report);
    }

    public async Task<CommandResult<SentimentReport>> DeleteAsync(long reportId, CancellationToken cancellationToken)
    {
        var (report, status) = await LoadAsync(reportId, cancellationToken);
        if (report is null)
        {
            return CommandResult<SentimentReport>.Refused(status);
        }

        // Removed one by one, so the audit trail keeps each issue and follow-up that goes with the report.
        var issues = await db.ProminentIssues.Where(i => i.ReportId == reportId).ToListAsync(cancellationToken);
        var issueIds = issues.Select(i => i.Id).ToList();
        db.IssueFollowUps.RemoveRange(await db.IssueFollowUps.Where(f => issueIds.Contains(f.IssueId)).ToListAsync(cancellationToken));
        db.ProminentIssues.RemoveRange(issues);
        db.SentimentReports.Remove(report);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Sentiment report {ReportId} of organization {OrganizationId} deleted", report.Id, report.OrganizationId);
        return CommandResult<SentimentReport>.Ok(report);
    }

    private async Task<(SentimentReport? Report, CommandStatus Status)> LoadAsync(long reportId, CancellationToken cancellationToken)
    {
        var status = await access.ReportAsync(reportId, cancellationToken);
        return status == CommandStatus.Ok
            ? (await db.SentimentReports.Include(r => r.Topics).SingleAsync(r => r.Id == reportId, cancellationToken), status)
            : (null, status);
    }

    private void Apply(SentimentReport report, SentimentReportCheck.Values values, DateTime now)
    {
        report.OrganizationId = values.OrganizationId;
        report.Kind = values.Kind;
        report.PeriodStart = values.PeriodStart;
        report.PeriodEnd = values.PeriodEnd;
        report.Assessment = values.Assessment;
        report.Narrative = values.Narrative;
        report.Topics = [.. values.Topics.Select(t => new SentimentTopicRating { TopicId = t.TopicId, Assessment = t.Assessment, Note = t.Note })];
        report.UpdatedAt = now;
        report.UpdatedBy = actor.UserName;
    }

    private ProminentIssue NewIssue(SentimentReport report, SentimentReportCheck.IssueValues values, DateTime now)
    {
        var issue = new ProminentIssue { ReportId = report.Id, Status = IssueStatus.Detected, UpdatedAt = now, UpdatedBy = actor.UserName };
        Describe(issue, values);
        issue.OrganizationId = report.OrganizationId;
        issue.FoundOn = report.PeriodEnd;
        return issue;
    }

    private static void Describe(ProminentIssue issue, SentimentReportCheck.IssueValues values)
    {
        issue.TopicId = values.TopicId;
        issue.Title = values.Title;
        issue.Locality = values.Locality;
        issue.Scale = values.Scale;
        issue.Households = values.Households;
        issue.People = values.People;
    }

    internal static DateOnly Today(TimeProvider clock) => ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
}
