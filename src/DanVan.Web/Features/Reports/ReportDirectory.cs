using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>Which reports an organisation owes and how its subtree stands: the lists of the reporting pages and API.</summary>
public sealed class ReportDirectory(AppDbContext db, OrganizationScope scope, TimeProvider clock)
{
    public const int RecentPeriods = 4;

    /// <summary>The published forms the organisation fills, each with its recent periods; <c>null</c> when out of scope.</summary>
    public async Task<IReadOnlyList<FormObligation>?> ObligationsAsync(int organizationId, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (organization is null || !await scope.CanReadAsync(organization.Path, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var forms = await db.ReportForms.AsNoTracking().Include(f => f.SubmitterTypes).Include(f => f.OwnerOrganization)
            .Where(f => f.Status == ReportFormStatus.Published).OrderBy(f => f.Code).ToListAsync(cancellationToken);
        var result = new List<FormObligation>();
        foreach (var form in forms.Where(f => ReportObligations.Of(f, f.OwnerOrganization!.Path).Covers(organization)))
        {
            var periods = ReportingPeriod.Recent(form.PeriodType, today, RecentPeriods)
                .Where(p => organization.ValidFrom <= p.End && (organization.ValidTo is null || organization.ValidTo >= p.Start))
                .ToList();
            var keys = periods.Select(p => p.Key).ToList();
            var code = form.Code;
            var reports = await db.Reports.AsNoTracking()
                .Where(r => r.OrganizationId == organization.Id && keys.Contains(r.PeriodKey) && r.Form!.Code == code)
                .Select(r => new { r.Id, r.PeriodKey, r.Status, r.FirstSubmittedAt })
                .ToListAsync(cancellationToken);
            result.Add(new FormObligation(form.Id, form.Code, form.Name, form.PeriodType, periods.Select(p =>
            {
                var report = reports.FirstOrDefault(r => r.PeriodKey == p.Key);
                return new PeriodCell(p.Key, p.Label, form.Schedule.DeadlineOf(p), report?.Id, report?.Status, Receipt.StateOf(report?.Status, report?.FirstSubmittedAt, form.Schedule, p, now));
            }).ToList()));
        }

        return result;
    }

    /// <summary>Organisations × recent periods for a form inside a subtree, with the rates of each period.</summary>
    public async Task<(CompletenessGrid? Grid, CommandStatus Status)> GridAsync(int organizationId, string? formCode, int? page, CancellationToken cancellationToken)
    {
        var root = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        if (root is null)
        {
            return (null, CommandStatus.NotFound);
        }

        if (!await scope.CanReadAsync(root.Path, cancellationToken))
        {
            return (null, CommandStatus.Forbidden);
        }

        var versions = await FormStructures.VersionsAsync(db, formCode, cancellationToken);
        if (versions.Count == 0)
        {
            return (null, CommandStatus.NotFound);
        }

        var form = versions[0];
        var formIds = versions.Select(f => f.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var periods = ReportingPeriod.Recent(form.PeriodType, ReportSchedule.VietnamDay(now), RecentPeriods).ToList();
        var obligations = ReportObligations.Of(form, form.OwnerOrganization!.Path);
        var headers = new List<PeriodHeader>();
        foreach (var period in periods)
        {
            var byChild = await ConsolidationQueries.CompletenessAsync(db, root.Id, root.Path, period, formIds, obligations, form.Schedule, now, cancellationToken);
            var tally = byChild.Values.Aggregate(Completeness.Of([]), (sum, c) => sum + c);
            headers.Add(new PeriodHeader(period.Key, period.Label, form.Schedule.DeadlineOf(period), tally));
        }

        var (number, size) = Paging.Normalize(page, 50);
        var owing = obligations.Owing(db.Organizations.AsNoTracking(), root.Path, periods[0]);
        var total = await owing.CountAsync(cancellationToken);
        var organizations = await owing.OrderBy(o => o.Path.Length).ThenBy(o => o.NameFolded)
            .Skip((number - 1) * size).Take(size)
            .Select(o => new { o.Id, o.Name, o.ValidFrom, o.ValidTo })
            .ToListAsync(cancellationToken);
        var ids = organizations.Select(o => o.Id).ToList();
        var keys = periods.Select(p => p.Key).ToList();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.OrganizationId) && keys.Contains(r.PeriodKey) && formIds.Contains(r.FormId))
            .Select(r => new { r.Id, r.OrganizationId, r.PeriodKey, r.Status, r.FirstSubmittedAt })
            .ToListAsync(cancellationToken);
        var gridRows = organizations.Select(o => new CompletenessRow(o.Id, o.Name, periods.Select(p =>
        {
            if (!ReportingObligation.IsExpected(o.ValidFrom, o.ValidTo, p))
            {
                return null;
            }

            var report = reports.FirstOrDefault(r => r.OrganizationId == o.Id && r.PeriodKey == p.Key);
            return new PeriodCell(p.Key, p.Label, form.Schedule.DeadlineOf(p), report?.Id, report?.Status, Receipt.StateOf(report?.Status, report?.FirstSubmittedAt, form.Schedule, p, now));
        }).ToList())).ToList();
        return (new CompletenessGrid(root.Id, root.Name, form.Code, form.Name, headers, new PagedList<CompletenessRow>(gridRows, total, number, size)), CommandStatus.Ok);
    }

    /// <summary>Sent reports inside the person's subtrees that they may approve or return, oldest first.</summary>
    public async Task<IReadOnlyList<ReportSummary>> AwaitingReviewAsync(int take, CancellationToken cancellationToken)
    {
        var roles = await scope.RolesAsync(cancellationToken);
        var reviewRoots = roles.Where(r => r.Role >= Domain.Accounts.OrganizationRole.Leader).Select(r => r.Path).Distinct().ToList();
        if (reviewRoots.Count == 0)
        {
            return [];
        }

        var candidates = await db.Reports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Submitted)
            .Where(r => db.Organizations.WithinAnySubtree(reviewRoots).Any(o => o.Id == r.OrganizationId && !reviewRoots.Contains(o.Path)))
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Take(take)
            .Select(r => new { r.Id, r.FormId, r.Form!.Code, r.Form.Name, r.PeriodKey, r.OrganizationId, r.Revision, r.UpdatedAt, r.SubmittedAt, r.Status, OrganizationName = db.Organizations.Where(o => o.Id == r.OrganizationId).Select(o => o.Name).Single() })
            .ToListAsync(cancellationToken);
        return candidates.Select(c => new ReportSummary(
            c.Id, c.FormId, c.Code, c.Name, c.PeriodKey, ReportingPeriod.TryParse(c.PeriodKey, out var p) ? p.Label : c.PeriodKey,
            c.OrganizationId, c.OrganizationName, c.Status, c.Revision, c.UpdatedAt, c.SubmittedAt)).ToList();
    }
}
