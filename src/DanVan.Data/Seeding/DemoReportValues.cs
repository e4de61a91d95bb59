using DanVan.Data.Reporting;
using DanVan.Domain.Reporting;

namespace DanVan.Data.Seeding;

/// <summary>
/// Plausible figures for one report of the demo quarterly form: ranges by unit, scaled for a
/// province's own work, then adjusted so that every "lỗi" rule holds and categories add up.
/// </summary>
internal sealed class DemoReportValues(ReportForm form)
{
    private readonly List<ValidationRule> _rules = form.Rules.Select(r => r.ToDomain()).OfType<ValidationRule>().ToList();

    public Dictionary<(int IndicatorId, short Category), double> Generate(Random random, int scale)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var indicator in form.Indicators)
        {
            var (low, high) = RangeOf(indicator);
            var value = low + (random.NextDouble() * (high - low));
            totals[indicator.Code] = indicator.Unit == "%" ? Math.Round(value, 1) : Math.Round(value * scale);
        }

        if (totals.TryGetValue("ASXH_SUAT", out var gifts))
        {
            totals["ASXH_TIEN"] = gifts * random.Next(3, 6) * 100_000;
        }

        // Sums first (a total equals its parts), then caps (a part never exceeds its whole).
        foreach (var rule in _rules.Where(r => r.Operator == RuleOperator.Equal))
        {
            if (rule.Right.Codes.SingleOrDefault() is { } whole && rule.Left.Evaluate(c => totals.GetValueOrDefault(c)) is { } sum)
            {
                totals[whole] = sum;
            }
        }

        foreach (var rule in _rules.Where(r => r.Severity == RuleSeverity.Error && r.Operator is RuleOperator.LessOrEqual or RuleOperator.Less))
        {
            if (rule.Left.Codes.SingleOrDefault() is { } part && rule.Right.Evaluate(c => totals.GetValueOrDefault(c)) is { } cap && totals[part] > cap)
            {
                totals[part] = Math.Max(0, Math.Floor(cap));
            }
        }

        var values = new Dictionary<(int, short), double>();
        foreach (var indicator in form.Indicators)
        {
            var total = totals[indicator.Code];
            values[(indicator.Id, 0)] = total;
            var categories = indicator.CategoryList;
            var left = total;
            for (var i = 0; i < categories.Count; i++)
            {
                var part = i == categories.Count - 1 ? left : Math.Floor(left * random.NextDouble() * 0.6);
                values[(indicator.Id, (short)(i + 1))] = part;
                left -= part;
            }
        }

        return values;
    }

    private static (double Low, double High) RangeOf(ReportIndicator indicator) => indicator.Unit switch
    {
        "%" => (70, 100),
        "đồng" => (5_000_000, 200_000_000),
        "lượt" or "suất" => (20, 400),
        "m²" => (0, 3000),
        "ngày công" => (0, 200),
        "hồ sơ" => (50, 600),
        "buổi" => (3, 14),
        _ when indicator.Code.StartsWith("MH_TONG", StringComparison.Ordinal) => (8, 25),
        _ => (0, 12),
    };
}
