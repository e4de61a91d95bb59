using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// Live consolidation (tổng hợp) of a form for an organisation and a period: totals over the whole
/// subtree broken down by child, compared with the previous period and the same period last year,
/// completeness and timeliness, and the children's narrative compiled under the form's headings.
/// </summary>
public sealed class ReportConsolidator(AppDbContext db, OrganizationScope scope, TimeProvider clock)
{
    public async Task<(Consolidation? Result, CommandStatus Status, string? Error)> ConsolidateAsync(
        int organizationId, string? formCode, string? periodKey, bool withComparisons, CancellationToken cancellationToken)
    {
        var root = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Id, o.Name, o.Path, o.ParentId }).SingleOrDefaultAsync(cancellationToken);
        if (root is null)
        {
            return (null, CommandStatus.NotFound, null);
        }

        if (!await scope.CanReadAsync(root.Path, cancellationToken))
        {
            return (null, CommandStatus.Forbidden, null);
        }

        var code = formCode?.Trim().ToUpperInvariant() ?? string.Empty;
        var versions = await db.ReportForms.AsNoTracking().Include(f => f.SubmitterTypes).Include(f => f.OwnerOrganization)
            .Where(f => f.Code == code && f.Status != ReportFormStatus.Draft)
            .OrderByDescending(f => f.Status == ReportFormStatus.Published).ThenByDescending(f => f.Version)
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return (null, CommandStatus.Invalid, "Không có biểu mẫu đã ban hành với mã này.");
        }

        var form = versions[0];
        if (!ReportingPeriod.TryParse(periodKey, out var period) || period.Type != form.PeriodType)
        {
            return (null, CommandStatus.Invalid, "Kỳ báo cáo không hợp lệ với biểu mẫu này.");
        }

        var formIds = versions.Select(f => f.Id).ToList();
        var indicators = await db.ReportIndicators.AsNoTracking().Where(i => formIds.Contains(i.FormId)).ToListAsync(cancellationToken);
        var codeOf = indicators.ToDictionary(i => i.Id, i => i.Code);
        var shown = indicators.Where(i => i.FormId == form.Id).OrderBy(i => i.Position).ToList();

        var values = await ConsolidationQueries.ValuesAsync(db, root.Id, period.Key, formIds, cancellationToken);
        var obligations = ReportObligations.Of(form, form.OwnerOrganization!.Path);
        var completeness = await ConsolidationQueries.CompletenessAsync(db, root.Id, period, formIds, obligations, form.Schedule.DeadlineEndsAtUtc(period), cancellationToken);
        var overdue = form.Schedule.IsOverdue(period, clock.GetUtcNow().UtcDateTime);

        var children = await db.Organizations.AsNoTracking()
            .Where(o => o.ParentId == root.Id && o.ValidFrom <= period.End && (o.ValidTo == null || o.ValidTo >= period.Start))
            .Select(o => new { o.Id, o.Name, HasChildren = db.Organizations.Any(c => c.ParentId == o.Id) })
            .ToListAsync(cancellationToken);
        var tallies = completeness.ToDictionary(c => c.ChildId, c => Tally(c, overdue));
        var byChild = values.GroupBy(v => v.ChildId).ToDictionary(g => g.Key, g => g.ToList());

        var rows = children
            .Select(c => (c.Id, c.Name, IsSelf: false, c.HasChildren))
            .Prepend((root.Id, root.Name, IsSelf: true, HasChildren: false))
            .Where(c => tallies.ContainsKey(c.Id) || byChild.ContainsKey(c.Id))
            .Select(c => new ChildFigures(
                c.Id,
                c.Name,
                c.IsSelf,
                c.HasChildren,
                tallies.GetValueOrDefault(c.Id) ?? Completeness.Of([]),
                Figures(byChild.GetValueOrDefault(c.Id) ?? [], shown, codeOf)))
            .OrderBy(c => !c.IsSelf).ThenBy(c => c.Name, Domain.Text.VietnameseText.Collation)
            .ToList();

        var totals = Combine(values, codeOf);
        Dictionary<(string, short), Aggregate> previous = [], lastYear = [];
        if (withComparisons)
        {
            previous = Combine(await ConsolidationQueries.ValuesAsync(db, root.Id, period.Previous().Key, formIds, cancellationToken), codeOf);
            lastYear = Combine(await ConsolidationQueries.ValuesAsync(db, root.Id, period.SameLastYear().Key, formIds, cancellationToken), codeOf);
        }

        var consolidated = shown.Select(i => new ConsolidatedIndicator(
            i.Code,
            i.Name,
            i.GroupName,
            i.Unit,
            i.Aggregation,
            totals.GetValueOrDefault((i.Code, (short)0)).ValueFor(i.Aggregation),
            previous.GetValueOrDefault((i.Code, (short)0)).ValueFor(i.Aggregation),
            lastYear.GetValueOrDefault((i.Code, (short)0)).ValueFor(i.Aggregation),
            i.CategoryList.Select((name, index) => new CategoryRow(index + 1, name, totals.GetValueOrDefault((i.Code, (short)(index + 1))).ValueFor(i.Aggregation))).ToList()))
            .ToList();

        var sections = await CompileAsync(root.Id, period.Key, formIds, form.Id, cancellationToken);
        var total = tallies.Values.Aggregate(Completeness.Of([]), (sum, t) => sum + t);
        return (new Consolidation(
            root.Id,
            root.Name,
            root.ParentId,
            form.Code,
            form.Name,
            form.PeriodType,
            period.Key,
            period.Label,
            period.Previous().Key,
            period.SameLastYear().Key,
            form.Schedule.DeadlineOf(period),
            total,
            consolidated,
            rows,
            sections), CommandStatus.Ok, null);
    }

    private static Completeness Tally(ConsolidationQueries.CompletenessRow row, bool overdue)
    {
        var rest = (int)(row.Expected - row.OnTime - row.Late - row.Returned);
        return new Completeness
        {
            Expected = (int)row.Expected,
            OnTime = (int)row.OnTime,
            Late = (int)row.Late,
            Returned = (int)row.Returned,
            Missing = overdue ? rest : 0,
            NotYetDue = overdue ? 0 : rest,
        };
    }

    private static Dictionary<(string Code, short Category), Aggregate> Combine(IEnumerable<ConsolidationQueries.ValueRow> rows, IReadOnlyDictionary<int, string> codeOf)
    {
        var result = new Dictionary<(string, short), Aggregate>();
        foreach (var row in rows)
        {
            var key = (codeOf[row.IndicatorId], row.Category);
            result[key] = result.GetValueOrDefault(key).Combine(row.ToAggregate());
        }

        return result;
    }

    private static Dictionary<string, double?> Figures(List<ConsolidationQueries.ValueRow> rows, List<ReportIndicator> shown, IReadOnlyDictionary<int, string> codeOf)
    {
        var combined = Combine(rows.Where(r => r.Category == 0), codeOf);
        return shown.ToDictionary(i => i.Code, i => combined.GetValueOrDefault((i.Code, (short)0)).ValueFor(i.Aggregation), StringComparer.Ordinal);
    }

    // The narrative of the root's own report and of its direct children's, under the form's headings.
    private async Task<List<CompiledSection>> CompileAsync(int rootId, string periodKey, List<int> formIds, int formId, CancellationToken cancellationToken)
    {
        var texts = await (
            from r in db.Reports.AsNoTracking()
            join o in db.Organizations on r.OrganizationId equals o.Id
            join n in db.ReportNarratives on r.Id equals n.ReportId
            join s in db.ReportSections on n.SectionId equals s.Id
            where r.PeriodKey == periodKey && formIds.Contains(r.FormId) && (o.ParentId == rootId || o.Id == rootId)
                && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved) && n.Text != string.Empty
            select new { s.Code, OrganizationId = o.Id, o.Name, n.Text }).ToListAsync(cancellationToken);
        var sections = await db.ReportSections.AsNoTracking().Where(s => s.FormId == formId).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        return sections.Select(s => new CompiledSection(
                s.Code,
                s.Title,
                texts.Where(t => t.Code == s.Code)
                    .OrderBy(t => t.OrganizationId != rootId).ThenBy(t => t.Name, Domain.Text.VietnameseText.Collation)
                    .Select(t => new CompiledText(t.OrganizationId, t.Name, t.Text)).ToList()))
            .ToList();
    }
}
