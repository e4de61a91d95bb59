using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// Finds an organisation's report on a form for a period, or starts it as a draft on the form's
/// published version. A new draft is written together with whatever the request puts in it, in
/// one turn and one transaction (<see cref="SaveReport.WriteAsync"/>).
/// </summary>
public sealed class OpenReport(AppDbContext db, OrganizationScope scope, ReportAccess access, SaveReport save, IAuditActor actor, TimeProvider clock, ILogger<OpenReport> logger)
{
    /// <summary>Opens the report, writing it now when it is new; its id.</summary>
    public async Task<CommandResult<long>> HandleAsync(string? formCode, int? organizationId, string? periodKey, CancellationToken cancellationToken)
    {
        var started = await StartAsync(formCode, organizationId, periodKey, withContent: false, cancellationToken);
        if (started.Status != CommandStatus.Ok)
        {
            return started.Failure<long>();
        }

        var report = started.Value!.Report;
        if (report.Id == 0 && !await CreateAsync(report, cancellationToken))
        {
            // Someone opened the same report a moment earlier.
            var raced = await db.Reports.Where(r => r.OrganizationId == report.OrganizationId && r.PeriodKey == report.PeriodKey && r.FormId == report.FormId)
                .Select(r => r.Id).SingleAsync(cancellationToken);
            return CommandResult<long>.Ok(raced);
        }

        return CommandResult<long>.Ok(report.Id);
    }

    /// <summary>
    /// The stored report, or a new draft that is not written yet (its id is 0): the caller fills
    /// it and writes it with <see cref="CreateAsync"/>.
    /// </summary>
    public async Task<CommandResult<ReportAccess.Target>> StartAsync(string? formCode, int? organizationId, string? periodKey, bool withContent, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var code = formCode?.Trim().ToUpperInvariant();
        // Tracked: a new report refers to it.
        var form = string.IsNullOrEmpty(code) || code.Length > 30
            ? null
            : await db.ReportForms.Include(f => f.SubmitterTypes).Include(f => f.OwnerOrganization)
                .SingleOrDefaultAsync(f => f.Code == code && f.Status == ReportFormStatus.Published, cancellationToken);
        if (form is null)
        {
            errors.Add("FormCode", "Không có biểu mẫu đang áp dụng với mã này.");
        }

        var organization = organizationId is { } id ? await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken) : null;
        if (organization is null)
        {
            errors.Add("OrganizationId", "Vui lòng chọn đơn vị báo cáo.");
        }

        if (!ReportingPeriod.TryParse(periodKey, out var period) || (form is not null && period.Type != form.PeriodType))
        {
            errors.Add("Period", form is null ? "Kỳ báo cáo không hợp lệ." : $"Kỳ báo cáo không hợp lệ; biểu mẫu này báo cáo theo {PeriodTypeNames.Of(form.PeriodType).ToLowerInvariant()}.");
        }
        else if (period.Start > ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime))
        {
            errors.Add("Period", $"Kỳ {period.LabelInSentence} chưa bắt đầu.");
        }

        if (errors.Any)
        {
            return errors.ToResult<ReportAccess.Target>();
        }

        if (!await scope.CanReadAsync(organization!.Path, cancellationToken))
        {
            return CommandResult<ReportAccess.Target>.Forbidden();
        }

        if (!ReportObligations.Of(form!, form!.OwnerOrganization!.Path).Covers(organization))
        {
            return CommandResult<ReportAccess.Target>.Invalid("OrganizationId", $"{organization.Name} không thuộc diện báo cáo theo biểu mẫu {form.Code}.");
        }

        if (organization.ValidFrom > period.End || organization.ValidTo < period.Start)
        {
            return CommandResult<ReportAccess.Target>.Invalid("Period", $"{organization.Name} không hoạt động trong {period.LabelInSentence}.");
        }

        var key = period.Key;
        var existing = await db.Reports.Where(r => r.OrganizationId == organization.Id && r.PeriodKey == key && r.Form!.Code == form.Code)
            .Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } existingId)
        {
            var (stored, status) = await access.LoadAsync(existingId, withContent, cancellationToken);
            return stored is null ? CommandResult<ReportAccess.Target>.Refused(status) : CommandResult<ReportAccess.Target>.Ok(stored);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var report = new Report
        {
            FormId = form.Id,
            Form = form,
            OrganizationId = organization.Id,
            RollupOrganizationId = await RollupOfAsync(organization.Id, organization.MergedIntoId, cancellationToken),
            PeriodKey = key,
            Status = ReportStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = actor.UserName,
        };
        save.Audit(report, ReportAudit.Created, null, new { Form = form.Code, form.Version, Period = key }, now);
        var locked = await access.IsLockedAsync(form, organization.Id, period, cancellationToken);
        return CommandResult<ReportAccess.Target>.Ok(new ReportAccess.Target(report, form, organization.Path, organization.Name, period, locked, StartedNow: true));
    }

    /// <summary>Writes a new report started by <see cref="StartAsync"/> with what was put in it; false when the same report was written by someone else meanwhile.</summary>
    public async Task<bool> CreateAsync(Report report, CancellationToken cancellationToken)
    {
        try
        {
            await save.WriteAsync(report, cancellationToken);
        }
        catch (DbUpdateException)
        {
            return false;
        }

        logger.LogInformation("Report {ReportId} opened for organization {OrganizationId}, {Period}", report.Id, report.OrganizationId, report.PeriodKey);
        return true;
    }

    // The organisation a merged one's figures count under: the end of its chain of merges, as
    // MoveReportRollup leaves the reports that existed when each merge happened.
    private async Task<int> RollupOfAsync(int organizationId, int? mergedIntoId, CancellationToken cancellationToken)
    {
        var rollup = organizationId;
        for (var hops = 0; mergedIntoId is { } successor && hops < 100; hops++)
        {
            rollup = successor;
            mergedIntoId = await db.Organizations.Where(o => o.Id == successor).Select(o => o.MergedIntoId).SingleAsync(cancellationToken);
        }

        return rollup;
    }
}
