using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>Loads a report for an action, with what the action needs to decide: the form, the period, the lock and the person's rights.</summary>
public sealed class ReportAccess(AppDbContext db, OrganizationScope scope, TimeProvider clock)
{
    /// <param name="StartedNow">Started by this request: nothing but what the request put in it can be attached to it yet.</param>
    public sealed record Target(Report Report, ReportForm Form, string OrganizationPath, string OrganizationName, ReportingPeriod Period, bool IsLocked, bool StartedNow = false);

    // One request often acts on a report and then shows it: it is read once per request.
    private readonly Dictionary<long, (Target Target, bool WithContent)> _loaded = [];

    public async Task<(Target? Target, CommandStatus Status)> LoadAsync(long reportId, bool withContent, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue(reportId, out var known))
        {
            if (withContent && !known.WithContent)
            {
                await db.Entry(known.Target.Report).Collection(r => r.Values).LoadAsync(cancellationToken);
                await db.Entry(known.Target.Report).Collection(r => r.Narratives).LoadAsync(cancellationToken);
                _loaded[reportId] = (known.Target, true);
            }

            return (known.Target, CommandStatus.Ok);
        }

        var query = db.Reports.Include(r => r.Form).ThenInclude(f => f!.SubmitterTypes).AsQueryable();
        if (withContent)
        {
            query = query.Include(r => r.Values).Include(r => r.Narratives).AsSplitQuery();
        }

        var report = await query.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null || !ReportingPeriod.TryParse(report.PeriodKey, out var period))
        {
            return (null, CommandStatus.NotFound);
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == report.OrganizationId)
            .Select(o => new { o.Path, o.Name }).SingleAsync(cancellationToken);
        if (!await scope.CanReadAsync(organization.Path, cancellationToken))
        {
            return (null, CommandStatus.Forbidden);
        }

        var locked = await IsLockedAsync(report.Form!, report.OrganizationId, period, cancellationToken);
        var target = new Target(report, report.Form!, organization.Path, organization.Name, period, locked);
        _loaded[reportId] = (target, withContent);
        return (target, CommandStatus.Ok);
    }

    /// <summary>Reads the report again on next use, e.g. after its lock changed.</summary>
    public void Forget(long reportId) => _loaded.Remove(reportId);

    /// <summary>Locked by the form's schedule, unless the organisation holds an unlock running today.</summary>
    public async Task<bool> IsLockedAsync(ReportForm form, int organizationId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!form.Schedule.IsLocked(period, now))
        {
            return false;
        }

        var today = ReportSchedule.VietnamDay(now);
        var key = period.Key;
        var code = form.Code;
        return !await db.ReportUnlocks.AnyAsync(
            u => u.OrganizationId == organizationId && u.PeriodKey == key && u.Until >= today && db.ReportForms.Any(f => f.Id == u.FormId && f.Code == code),
            cancellationToken);
    }
}
