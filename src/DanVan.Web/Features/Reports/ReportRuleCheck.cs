namespace DanVan.Web.Features.Reports;

/// <summary>Runs a form's validation rules over a report's totals.</summary>
internal static class ReportRuleCheck
{
    public static List<RuleMessage> Run(FormStructure form, IReadOnlyDictionary<string, double> totalsByCode) =>
        form.Checks
            .Where(r => r.Check.IsBrokenBy(code => totalsByCode.TryGetValue(code, out var v) ? v : null))
            .Select(r => new RuleMessage(r.Rule.Severity, r.Rule.Message, r.Check.Codes.ToList()))
            .ToList();
}
