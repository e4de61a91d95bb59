using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// Live consolidation (tổng hợp) of a form for an organisation and a period: totals over the whole
/// subtree broken down by child, completeness and timeliness, and — when asked — comparison with
/// the previous period and the same period last year and the children's narrative compiled under
/// the form's headings. It reads the reports as they are now; nothing is precomputed. Callers check
/// permissions (<see cref="ReportConsolidator"/>).
/// </summary>
public sealed class ReportConsolidation(AppDbContext db, FormStructures forms, TimeProvider clock)
{
    public async Task<(Consolidation? Result, CommandStatus Status, string? Error)> ComputeAsync(
        int organizationId, string? formCode, string? periodKey, ConsolidationParts parts, CancellationToken cancellationToken)
    {
        var root = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Id, o.Name, o.Path, o.ParentId }).SingleOrDefaultAsync(cancellationToken);
        if (root is null)
        {
            return (null, CommandStatus.NotFound, null);
        }

        var versions = await FormStructures.VersionsAsync(db, formCode, cancellationToken);
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
        var structures = new Dictionary<int, FormStructure>();
        foreach (var version in versions)
        {
            structures[version.Id] = await forms.GetAsync(db, version.Id, cancellationToken);
        }

        var indicators = structures.Values.SelectMany(s => s.Indicators).ToList();
        var slots = new IndicatorSlots(indicators);
        var maps = structures.ToDictionary(s => s.Key, s => slots.Map(s.Value.Indicators));
        var slotsOf = indicators.GroupBy(i => i.Code).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var shown = indicators.Where(i => i.FormId == form.Id).OrderBy(i => i.Position).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var wholeTree = await db.Organizations.IsWholeTreeAsync(root.Path, cancellationToken);
        var values = await ConsolidationQueries.ValuesAsync(db, root.Id, root.Path, wholeTree, period.Key, slots, maps, cancellationToken);
        var obligations = ReportObligations.Of(form, form.OwnerOrganization!.Path);
        var tallies = await ConsolidationQueries.CompletenessAsync(db, root.Id, root.Path, period, formIds, obligations, form.Schedule, now, cancellationToken);

        var childIds = tallies.Keys.Concat(values.Keys).Where(id => id != root.Id).Distinct().ToList();
        var children = await db.Organizations.AsNoTracking()
            .Where(o => childIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, HasChildren = db.Organizations.Any(c => c.ParentId == o.Id) })
            .ToListAsync(cancellationToken);
        var rows = children
            .Select(c => (c.Id, c.Name, IsSelf: false, c.HasChildren))
            .Prepend((root.Id, root.Name, IsSelf: true, HasChildren: false))
            .Where(c => tallies.ContainsKey(c.Id) || values.ContainsKey(c.Id))
            .Select(c => new ChildFigures(
                c.Id,
                c.Name,
                c.IsSelf,
                c.HasChildren,
                tallies.GetValueOrDefault(c.Id) ?? Completeness.Of([]),
                shown.ToDictionary(i => i.Code, i => Figure(values.GetValueOrDefault(c.Id), slots, slotsOf[i.Code], i.Aggregation, 0), StringComparer.Ordinal)))
            .OrderBy(c => !c.IsSelf).ThenBy(c => c.Name, Domain.Text.VietnameseText.Collation)
            .ToList();

        var totals = Sum(values.Values, slots.Count);
        Aggregate[]? previous = null, lastYear = null;
        if (parts.HasFlag(ConsolidationParts.Comparisons))
        {
            previous = Sum((await ConsolidationQueries.ValuesAsync(db, root.Id, root.Path, wholeTree, period.Previous().Key, slots, maps, cancellationToken)).Values, slots.Count);
            lastYear = Sum((await ConsolidationQueries.ValuesAsync(db, root.Id, root.Path, wholeTree, period.SameLastYear().Key, slots, maps, cancellationToken)).Values, slots.Count);
        }

        var consolidated = shown.Select(i => new ConsolidatedIndicator(
            i.Code,
            i.Name,
            i.GroupName,
            i.Unit,
            i.Aggregation,
            Figure(totals, slots, slotsOf[i.Code], i.Aggregation, 0),
            Figure(previous, slots, slotsOf[i.Code], i.Aggregation, 0),
            Figure(lastYear, slots, slotsOf[i.Code], i.Aggregation, 0),
            i.CategoryList.Select((name, index) => new CategoryRow(index + 1, name, Figure(totals, slots, slotsOf[i.Code], i.Aggregation, index + 1))).ToList()))
            .ToList();

        var sections = parts.HasFlag(ConsolidationParts.Narrative) ? await CompileAsync(root.Id, period.Key, formIds, structures[form.Id].Sections, cancellationToken) : [];
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

    // The subtree's partials: every child's, slot by slot.
    private static Aggregate[] Sum(IEnumerable<Aggregate[]> children, int count)
    {
        var total = new Aggregate[count];
        foreach (var partials in children)
        {
            for (var slot = 0; slot < count; slot++)
            {
                total[slot] = total[slot].Combine(partials[slot]);
            }
        }

        return total;
    }

    // One figure of an indicator code: versions of a form share codes, not ids, so their slots combine.
    private static double? Figure(Aggregate[]? partials, IndicatorSlots slots, List<ReportIndicator> versions, Aggregation aggregation, int category)
    {
        if (partials is null)
        {
            return null;
        }

        var partial = Aggregate.Empty;
        foreach (var version in versions)
        {
            if (slots.Of(version.Id, category) is >= 0 and var slot)
            {
                partial = partial.Combine(partials[slot]);
            }
        }

        return partial.ValueFor(aggregation);
    }

    // The narrative of the root's own report and of its direct children's, under the form's headings.
    private async Task<List<CompiledSection>> CompileAsync(int rootId, string periodKey, List<int> formIds, IReadOnlyList<ReportSection> sections, CancellationToken cancellationToken)
    {
        var texts = await (
            from r in db.Reports.AsNoTracking()
            join o in db.Organizations on r.OrganizationId equals o.Id
            join n in db.ReportNarratives on r.Id equals n.ReportId
            join s in db.ReportSections on n.SectionId equals s.Id
            where r.PeriodKey == periodKey && formIds.Contains(r.FormId) && (o.ParentId == rootId || o.Id == rootId)
                && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Approved) && n.Text != string.Empty
            select new { s.Code, OrganizationId = o.Id, o.Name, n.Text }).ToListAsync(cancellationToken);
        return sections.Select(s => new CompiledSection(
                s.Code,
                s.Title,
                texts.Where(t => t.Code == s.Code)
                    .OrderBy(t => t.OrganizationId != rootId).ThenBy(t => t.Name, Domain.Text.VietnameseText.Collation)
                    .Select(t => new CompiledText(t.OrganizationId, t.Name, t.Text)).ToList()))
            .ToList();
    }
}
