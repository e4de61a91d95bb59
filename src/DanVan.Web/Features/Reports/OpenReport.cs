using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>Finds an organisation's report on a form for a period, or starts it as a draft on the form's published version.</summary>
public sealed class OpenReport(AppDbContext db, OrganizationScope scope, WriteGate gate, IAuditActor actor, TimeProvider clock, ILogger<OpenReport> logger)
{
    public async Task<CommandResult<long>> HandleAsync(string? formCode, int? organizationId, string? periodKey, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var code = formCode?.Trim().ToUpperInvariant();
        var form = string.IsNullOrEmpty(code) || code.Length > 30
            ? null
            : await db.ReportForms.AsNoTracking().Include(f => f.SubmitterTypes).Include(f => f.OwnerOrganization)
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
            return errors.ToResult<long>();
        }

        if (!await scope.CanReadAsync(organization!.Path, cancellationToken))
        {
            return CommandResult<long>.Forbidden();
        }

        if (!ReportObligations.Of(form!, form!.OwnerOrganization!.Path).Covers(organization))
        {
            return CommandResult<long>.Invalid("OrganizationId", $"{organization.Name} không thuộc diện báo cáo theo biểu mẫu {form.Code}.");
        }

        if (organization.ValidFrom > period.End || organization.ValidTo < period.Start)
        {
            return CommandResult<long>.Invalid("Period", $"{organization.Name} không hoạt động trong {period.LabelInSentence}.");
        }

        var key = period.Key;
        var existing = await db.Reports.Where(r => r.OrganizationId == organization.Id && r.PeriodKey == key && r.Form!.Code == form.Code)
            .Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } existingId)
        {
            return CommandResult<long>.Ok(existingId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var report = new Report
        {
            FormId = form.Id,
            OrganizationId = organization.Id,
            RollupOrganizationId = await RollupOfAsync(organization.Id, organization.MergedIntoId, cancellationToken),
            PeriodKey = key,
            Status = ReportStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = actor.UserName,
        };
        using var turn = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone opened the same report a moment earlier.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var raced = await db.Reports.Where(r => r.OrganizationId == organization.Id && r.PeriodKey == key && r.FormId == form.Id).Select(r => r.Id).SingleAsync(cancellationToken);
            return CommandResult<long>.Ok(raced);
        }

        db.AuditEntries.Add(ReportAudit.Entry(actor, now, report, ReportAudit.Created, null, new { Form = form.Code, form.Version, Period = key }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Report {ReportId} opened for organization {OrganizationId}, {Period}", report.Id, organization.Id, key);
        return CommandResult<long>.Ok(report.Id);
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

    /// <summary>The report's current revision, which a save must name.</summary>
    public Task<int> RevisionAsync(long reportId, CancellationToken cancellationToken) =>
        db.Reports.Where(r => r.Id == reportId).Select(r => r.Revision).SingleAsync(cancellationToken);
}
