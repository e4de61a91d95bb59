using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// A leader above the organisation approves a sent report or returns it with a reason. Approval
/// runs bottom-up: a report whose subtree still has reports not approved needs a recorded reason.
/// </summary>
public sealed class ReviewReport(AppDbContext db, ReportAccess access, OrganizationScope scope, IAuditActor actor, TimeProvider clock, ILogger<ReviewReport> logger)
{
    public Task<CommandResult<int>> ApproveAsync(long reportId, ReportReviewInput input, CancellationToken cancellationToken) =>
        HandleAsync(reportId, ReportAction.Approve, input, cancellationToken);

    public Task<CommandResult<int>> ReturnAsync(long reportId, ReportReviewInput input, CancellationToken cancellationToken) =>
        HandleAsync(reportId, ReportAction.Return, input, cancellationToken);

    /// <summary>How many organisations below this report's owe it and have no approved report yet.</summary>
    public async Task<int> PendingBelowAsync(ReportAccess.Target target, CancellationToken cancellationToken)
    {
        var ownerPath = await db.Organizations.Where(o => o.Id == target.Form.OwnerOrganizationId).Select(o => o.Path).SingleAsync(cancellationToken);
        var key = target.Period.Key;
        var code = target.Form.Code;
        var organizationId = target.Report.OrganizationId;
        return await ReportObligations.Of(target.Form, ownerPath)
            .Owing(db.Organizations.AsNoTracking(), target.OrganizationPath, target.Period)
            .Where(o => o.Id != organizationId)
            .CountAsync(o => !db.Reports.Any(r => r.OrganizationId == o.Id && r.PeriodKey == key && r.Status == ReportStatus.Approved && r.Form!.Code == code), cancellationToken);
    }

    private async Task<CommandResult<int>> HandleAsync(long reportId, ReportAction action, ReportReviewInput input, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(reportId, withContent: false, cancellationToken);
        if (target is null)
        {
            return CommandResult<int>.Refused(status);
        }

        if (!await scope.CanReviewAsync(target.OrganizationPath, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        var report = target.Report;
        if (input.Revision != report.Revision)
        {
            return CommandResult<int>.Conflict("Báo cáo đã thay đổi từ khi bạn mở; hãy tải lại trang trước khi duyệt hoặc trả lại.");
        }

        var transition = ReportWorkflow.Apply(report.Status, action, target.IsLocked);
        if (!transition.IsAllowed)
        {
            return CommandResult<int>.Conflict(transition.Refusal!);
        }

        var errors = new ValidationErrors();
        string? overrideReason = null;
        if (action == ReportAction.Return)
        {
            errors.Text(nameof(input.Reason), "lý do trả lại", input.Reason, 2000);
        }
        else if (await PendingBelowAsync(target, cancellationToken) is > 0 and var pending)
        {
            errors.Text(nameof(input.Override), "lý do duyệt trước", input.Override, 2000, required: false);
            if (string.IsNullOrWhiteSpace(input.Override))
            {
                errors.Add(nameof(input.Override), $"Còn {pending} đơn vị cấp dưới chưa được duyệt báo cáo. Duyệt trước thì phải ghi lý do.");
            }

            overrideReason = input.Override?.Trim();
        }

        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        report.Status = transition.Status;
        report.ReviewedAt = now;
        report.ReviewedBy = actor.UserName;
        report.ReturnReason = action == ReportAction.Return ? input.Reason!.Trim() : null;
        report.ApprovalOverride = overrideReason;
        report.Revision++;
        report.UpdatedAt = now;
        db.AuditEntries.Add(ReportAudit.Entry(
            actor,
            now,
            report,
            action == ReportAction.Approve ? ReportAudit.Approved : ReportAudit.Returned,
            new { Status = ReportStatus.Submitted },
            new { report.Status, Reason = report.ReturnReason, Override = overrideReason }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<int>.Conflict(SaveReport.ConflictMessage);
        }

        logger.LogInformation("Report {ReportId} {Action}", report.Id, action);
        return CommandResult<int>.Ok(report.Revision);
    }
}
