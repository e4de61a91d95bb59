using DanVan.Data.Reporting;

namespace DanVan.Web.Features.Reports;

/// <summary>Runs a form's validation rules over a report's totals.</summary>
internal static class ReportRuleCheck
{
    public static List<RuleMessage> Run(IEnumerable<ReportRule> rules, IReadOnlyDictionary<string, double> totalsByCode) =>
        rules.OrderBy(r => r.Position)
            .Select(r => (Rule: r, Domain: r.ToDomain()))
            .Where(r => r.Domain is not null && r.Domain.IsBrokenBy(code => totalsByCode.TryGetValue(code, out var v) ? v : null))
            .Select(r => new RuleMessage(r.Rule.Severity, r.Rule.Message, r.Domain!.Codes.ToList()))
            .ToList();
}
