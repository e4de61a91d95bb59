using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// A leader above an organisation lets it change a locked period's report until a day, with a
/// recorded reason (the exception to the form's lock). A later grant replaces the earlier one.
/// </summary>
public sealed class GrantUnlock(AppDbContext db, ReportAccess access, OrganizationScope scope, IAuditActor actor, TimeProvider clock)
{
    public async Task<CommandResult<DateOnly>> HandleAsync(long reportId, string? until, string? reason, CancellationToken cancellationToken)
    {
        var (target, status) = await access.LoadAsync(reportId, withContent: false, cancellationToken);
        if (target is null)
        {
            return CommandResult<DateOnly>.Refused(status);
        }

        if (!await scope.CanReviewAsync(target.OrganizationPath, cancellationToken))
        {
            return CommandResult<DateOnly>.Forbidden();
        }

        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors().Text("Reason", "lý do mở khóa", reason, 1000);
        if (!DateInput.TryParse(until, out var day) || day is null)
        {
            errors.Add("Until", "Ngày mở khóa đến phải có dạng dd/MM/yyyy.");
        }
        else if (day < today || day > today.AddDays(90))
        {
            errors.Add("Until", "Chỉ mở khóa từ hôm nay đến tối đa 90 ngày.");
        }

        if (errors.Any)
        {
            return errors.ToResult<DateOnly>();
        }

        if (!target.Form.Schedule.IsLocked(target.Period, clock.GetUtcNow().UtcDateTime))
        {
            return CommandResult<DateOnly>.Conflict("Kỳ báo cáo này chưa khóa sổ; đơn vị vẫn sửa được.");
        }

        var key = target.Period.Key;
        var existing = await db.ReportUnlocks.SingleOrDefaultAsync(
            u => u.FormId == target.Form.Id && u.OrganizationId == target.Report.OrganizationId && u.PeriodKey == key, cancellationToken);
        if (existing is null)
        {
            db.ReportUnlocks.Add(new ReportUnlock
            {
                FormId = target.Form.Id,
                OrganizationId = target.Report.OrganizationId,
                PeriodKey = key,
                Until = day!.Value,
                Reason = reason!.Trim(),
                GrantedAt = clock.GetUtcNow().UtcDateTime,
                GrantedBy = actor.UserName,
            });
        }
        else
        {
            existing.Until = day!.Value;
            existing.Reason = reason!.Trim();
            existing.GrantedAt = clock.GetUtcNow().UtcDateTime;
            existing.GrantedBy = actor.UserName;
        }

        await db.SaveChangesAsync(cancellationToken);
        access.Forget(reportId);
        return CommandResult<DateOnly>.Ok(day!.Value);
    }
}
