using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Sentiment;
using DanVan.Domain.Sentiment;
using DanVan.Web.Features.Models;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Sentiment;

/// <summary>Records an action on a prominent issue and moves its status as <see cref="IssueWorkflow"/> allows.</summary>
public sealed class FollowUpIssue(AppDbContext db, SentimentAccess access, IAuditActor actor, TimeProvider clock, ILogger<FollowUpIssue> logger)
{
    public const string ConflictMessage = "Vấn đề vừa được người khác cập nhật; việc theo dõi của bạn chưa được ghi. Hãy tải lại trang để xem tình trạng mới nhất rồi ghi lại.";

    public async Task<CommandResult<IssueFollowUp>> HandleAsync(long issueId, FollowUpInput input, CancellationToken cancellationToken)
    {
        var status = await access.IssueAsync(issueId, cancellationToken);
        if (status != CommandStatus.Ok)
        {
            return CommandResult<IssueFollowUp>.Refused(status);
        }

        var today = SaveSentimentReport.Today(clock);
        var errors = new ValidationErrors().Text(nameof(input.Action), "việc đã làm", input.Action, SentimentLimits.ActionLength);
        var on = string.IsNullOrWhiteSpace(input.On) ? today : InputChecks.Day(input.On, nameof(input.On), "ngày", today.AddYears(1), errors);
        if (on > today)
        {
            errors.Add(nameof(input.On), "Ngày theo dõi không được sau hôm nay.");
        }

        var target = SentimentReportCheck.Choice<IssueStatus>(input.Status, nameof(input.Status), "Vui lòng chọn tình trạng sau khi xử lý: đang theo dõi, đang xử lý hoặc đã giải quyết.", errors);
        var issue = await db.ProminentIssues.SingleAsync(i => i.Id == issueId, cancellationToken);
        if (on is { } day && day < issue.FoundOn.AddYears(-1))
        {
            errors.Add(nameof(input.On), "Ngày theo dõi quá xa trước ngày phát hiện vấn đề.");
        }

        if (errors.Any)
        {
            return errors.ToResult<IssueFollowUp>();
        }

        if (input.Revision is { } revision && revision != issue.Revision)
        {
            return CommandResult<IssueFollowUp>.Conflict(ConflictMessage);
        }

        var to = target!.Value;
        if (!IssueWorkflow.CanMove(issue.Status, to))
        {
            return CommandResult<IssueFollowUp>.Conflict(IssueWorkflow.Refusal(issue.Status, to));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var followUp = new IssueFollowUp
        {
            IssueId = issue.Id,
            OrganizationId = issue.OrganizationId,
            On = on!.Value,
            Action = Domain.Text.VietnameseText.Normalize(input.Action!.Trim()),
            FromStatus = issue.Status,
            ToStatus = to,
            CreatedAt = now,
            CreatedBy = actor.UserName,
        };
        db.IssueFollowUps.Add(followUp);
        issue.Status = to;
        issue.ResolvedOn = to == IssueStatus.Resolved ? followUp.On : null;
        issue.Revision++;
        issue.UpdatedAt = now;
        issue.UpdatedBy = actor.UserName;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult<IssueFollowUp>.Conflict(ConflictMessage);
        }

        logger.LogInformation("Issue {IssueId} followed up from {From} to {To}", issue.Id, followUp.FromStatus, to);
        return CommandResult<IssueFollowUp>.Ok(followUp);
    }
}
