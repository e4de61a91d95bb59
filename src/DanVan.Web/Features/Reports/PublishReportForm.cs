using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// Publishes a draft version, retiring the version it replaces; and starts a new draft version
/// from a published one. Reports keep the version they were made with.
/// </summary>
public sealed class PublishReportForm(AppDbContext db, OrganizationScope scope, TimeProvider clock, ILogger<PublishReportForm> logger)
{
    public async Task<CommandResult<int>> PublishAsync(int formId, CancellationToken cancellationToken)
    {
        var form = await db.ReportForms.Include(f => f.OwnerOrganization).SingleOrDefaultAsync(f => f.Id == formId, cancellationToken);
        if (form is null)
        {
            return CommandResult<int>.NotFound();
        }

        if (!await scope.CanReadAsync(form.OwnerOrganization!.Path, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        if (form.Status != ReportFormStatus.Draft)
        {
            return CommandResult<int>.Conflict("Chỉ ban hành được phiên bản đang soạn thảo.");
        }

        if (!await db.ReportIndicators.AnyAsync(i => i.FormId == formId, cancellationToken))
        {
            return CommandResult<int>.Conflict("Biểu mẫu chưa có chỉ tiêu nào.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var older in await db.ReportForms.Where(f => f.Code == form.Code && f.Status == ReportFormStatus.Published).ToListAsync(cancellationToken))
        {
            older.Status = ReportFormStatus.Retired;
        }

        form.Status = ReportFormStatus.Published;
        form.PublishedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Report form {FormId} {Code} v{Version} published", form.Id, form.Code, form.Version);
        return CommandResult<int>.Ok(form.Id);
    }

    public async Task<CommandResult<int>> NewVersionAsync(int formId, CancellationToken cancellationToken)
    {
        var source = await db.ReportForms.AsNoTracking()
            .Include(f => f.OwnerOrganization).Include(f => f.Indicators).Include(f => f.Sections).Include(f => f.Rules).Include(f => f.SubmitterTypes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(f => f.Id == formId, cancellationToken);
        if (source is null)
        {
            return CommandResult<int>.NotFound();
        }

        if (!await scope.CanReadAsync(source.OwnerOrganization!.Path, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        if (await db.ReportForms.AnyAsync(f => f.Code == source.Code && f.Status == ReportFormStatus.Draft, cancellationToken))
        {
            return CommandResult<int>.Conflict("Biểu mẫu này đã có một phiên bản đang soạn thảo.");
        }

        var version = await db.ReportForms.Where(f => f.Code == source.Code).MaxAsync(f => f.Version, cancellationToken) + 1;
        var copy = new ReportForm
        {
            Code = source.Code,
            Version = version,
            Name = source.Name,
            Description = source.Description,
            PeriodType = source.PeriodType,
            Status = ReportFormStatus.Draft,
            OwnerOrganizationId = source.OwnerOrganizationId,
            DeadlineDays = source.DeadlineDays,
            LockAfterDays = source.LockAfterDays,
            SubmitterLevels = source.SubmitterLevels,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            SubmitterTypes = source.SubmitterTypes.Select(t => new ReportFormOrganizationType { OrganizationTypeId = t.OrganizationTypeId }).ToList(),
            Indicators = source.Indicators.Select(i => new ReportIndicator
            {
                Code = i.Code,
                Name = i.Name,
                GroupName = i.GroupName,
                Unit = i.Unit,
                Aggregation = i.Aggregation,
                Categories = i.Categories,
                Min = i.Min,
                Max = i.Max,
                Position = i.Position,
            }).ToList(),
            Sections = source.Sections.Select(s => new ReportSection { Code = s.Code, Title = s.Title, Hint = s.Hint, Position = s.Position }).ToList(),
            Rules = source.Rules.Select(r => new ReportRule
            {
                Left = r.Left,
                Operator = r.Operator,
                Right = r.Right,
                Severity = r.Severity,
                Message = r.Message,
                Position = r.Position,
            }).ToList(),
        };
        db.ReportForms.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Report form {Code} v{Version} drafted from {FormId}", copy.Code, copy.Version, formId);
        return CommandResult<int>.Ok(copy.Id);
    }
}
