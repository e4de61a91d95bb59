namespace DanVan.Domain.Reporting;

/// <summary>A check between indicators of a form (kiểm tra logic), e.g. recognised models ≤ registered models.</summary>
/// <param name="Left">The left side.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Right">The right side.</param>
/// <param name="Severity">Whether a broken rule blocks sending.</param>
/// <param name="Message">What to tell the person filling the report.</param>
public sealed record ValidationRule(RuleExpression Left, RuleOperator Operator, RuleExpression Right, RuleSeverity Severity, string Message)
{
    /// <summary>Indicator codes the rule reads.</summary>
    public IEnumerable<string> Codes => Left.Codes.Concat(Right.Codes).Distinct(StringComparer.Ordinal);

    /// <summary>Whether the rule is broken; a rule over empty values is not checked.</summary>
    /// <param name="valueOf">An indicator's value by code, or <c>null</c> when empty.</param>
    /// <returns>Whether it is broken.</returns>
    public bool IsBrokenBy(Func<string, double?> valueOf) =>
        Left.Evaluate(valueOf) is { } left && Right.Evaluate(valueOf) is { } right && !RuleOperators.Holds(Operator, left, right);
}
