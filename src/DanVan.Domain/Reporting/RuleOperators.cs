namespace DanVan.Domain.Reporting;

/// <summary>Symbols and evaluation of <see cref="RuleOperator"/>.</summary>
public static class RuleOperators
{
    private const double Tolerance = 1e-9;

    /// <summary>The symbol, e.g. "&lt;=".</summary>
    /// <param name="op">The operator.</param>
    /// <returns>Its symbol.</returns>
    public static string Symbol(RuleOperator op) => op switch
    {
        RuleOperator.Less => "<",
        RuleOperator.LessOrEqual => "<=",
        RuleOperator.Equal => "=",
        RuleOperator.GreaterOrEqual => ">=",
        RuleOperator.Greater => ">",
        RuleOperator.NotEqual => "!=",
        _ => op.ToString(),
    };

    /// <summary>Parses a symbol; "≤", "≥", "==" and "≠" are accepted too.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="op">The operator.</param>
    /// <returns>Whether it was recognised.</returns>
    public static bool TryParse(string? symbol, out RuleOperator op)
    {
        RuleOperator? found = symbol?.Trim() switch
        {
            "<" => RuleOperator.Less,
            "<=" or "≤" => RuleOperator.LessOrEqual,
            "=" or "==" => RuleOperator.Equal,
            ">=" or "≥" => RuleOperator.GreaterOrEqual,
            ">" => RuleOperator.Greater,
            "!=" or "<>" or "≠" => RuleOperator.NotEqual,
            _ => null,
        };
        op = found ?? default;
        return found is not null;
    }

    /// <summary>Whether <paramref name="left"/> OP <paramref name="right"/> holds, equality within a small tolerance.</summary>
    /// <param name="op">The operator.</param>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>Whether it holds.</returns>
    public static bool Holds(RuleOperator op, double left, double right)
    {
        var equal = Math.Abs(left - right) <= Tolerance * Math.Max(1, Math.Max(Math.Abs(left), Math.Abs(right)));
        return op switch
        {
            RuleOperator.Less => left < right && !equal,
            RuleOperator.LessOrEqual => left < right || equal,
            RuleOperator.Equal => equal,
            RuleOperator.GreaterOrEqual => left > right || equal,
            RuleOperator.Greater => left > right && !equal,
            _ => !equal,
        };
    }
}
