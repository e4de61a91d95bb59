using System.Collections.Concurrent;
using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>A form version's indicators, sections and rules, in order, with its slot numbering.</summary>
public sealed record FormStructure(
    IReadOnlyList<ReportIndicator> Indicators,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<ReportRule> Rules,
    IndicatorSlots Slots)
{
    public IReadOnlyDictionary<int, string> CodeById { get; } = Indicators.ToDictionary(i => i.Id, i => i.Code);

    /// <summary>A report's totals (its values without category) by indicator code, as the rules read them.</summary>
    public Dictionary<string, double> TotalsOf(IEnumerable<ReportValue> values) =>
        values.Where(v => v.Category == 0).ToDictionary(v => CodeById[v.IndicatorId], v => v.Value, StringComparer.Ordinal);

    /// <summary>The rules that parse, in order, each with its check; parsed once per form version.</summary>
    public IReadOnlyList<(ReportRule Rule, ValidationRule Check)> Checks { get; } =
        [.. Rules.OrderBy(r => r.Position).Select(r => (Rule: r, Check: r.ToDomain())).Where(r => r.Check is not null).Select(r => (r.Rule, r.Check!))];
}

/// <summary>
/// Keeps the structure of form versions that have reports. Only a published version gets reports,
/// and a published version never changes (a change is a new version), so what is read once stays
/// true in every app instance; drafts are never asked for here.
/// </summary>
public sealed class FormStructures
{
    private readonly ConcurrentDictionary<int, FormStructure> _forms = new();

    public async Task<FormStructure> GetAsync(AppDbContext db, int formId, CancellationToken cancellationToken)
    {
        if (_forms.TryGetValue(formId, out var cached))
        {
            return cached;
        }

        var indicators = await db.ReportIndicators.AsNoTracking().Where(i => i.FormId == formId).OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var sections = await db.ReportSections.AsNoTracking().Where(s => s.FormId == formId).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var rules = await db.ReportRules.AsNoTracking().Where(r => r.FormId == formId).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        return _forms.GetOrAdd(formId, new FormStructure(indicators, sections, rules, new IndicatorSlots(indicators)));
    }

    /// <summary>A form's versions that have reports — published and retired — the one in use first.</summary>
    public static Task<List<ReportForm>> VersionsAsync(AppDbContext db, string? formCode, CancellationToken cancellationToken)
    {
        var code = formCode?.Trim().ToUpperInvariant() ?? string.Empty;
        return db.ReportForms.AsNoTracking().Include(f => f.SubmitterTypes).Include(f => f.OwnerOrganization)
            .Where(f => f.Code == code && f.Status != ReportFormStatus.Draft)
            .OrderByDescending(f => f.Status == ReportFormStatus.Published).ThenByDescending(f => f.Version)
            .ToListAsync(cancellationToken);
    }
}
