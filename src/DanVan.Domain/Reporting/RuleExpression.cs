using System.Globalization;
using System.Text;

namespace DanVan.Domain.Reporting;

/// <summary>
/// One side of a validation rule: indicator codes and decimal constants joined by + and −,
/// e.g. "DT_KN + DT_TC - 2".
/// </summary>
public sealed class RuleExpression
{
    private readonly IReadOnlyList<(int Sign, string? Code, double Constant)> _terms;

    private RuleExpression(IReadOnlyList<(int Sign, string? Code, double Constant)> terms) => _terms = terms;

    /// <summary>The indicator codes used, upper case.</summary>
    public IEnumerable<string> Codes => _terms.Where(t => t.Code is not null).Select(t => t.Code!);

    /// <summary>Parses an expression.</summary>
    /// <param name="text">The text.</param>
    /// <param name="expression">The expression.</param>
    /// <param name="error">Why it is invalid, in Vietnamese.</param>
    /// <returns>Whether it is valid.</returns>
    public static bool TryParse(string? text, out RuleExpression expression, out string? error)
    {
        expression = new RuleExpression([]);
        error = null;
        var terms = new List<(int, string?, double)>();
        var sign = 1;
        var expectTerm = true;
        var signed = false;
        var source = (text ?? string.Empty).Trim();
        for (var i = 0; i < source.Length;)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '+' or '-' or '−')
            {
                var leading = expectTerm && terms.Count == 0 && !signed;
                if (!expectTerm || leading)
                {
                    expectTerm = true;
                    signed = true;
                    sign = c == '+' ? 1 : -1;
                }
                else
                {
                    error = $"Biểu thức \"{source}\" có dấu phép tính đặt sai chỗ.";
                    return false;
                }

                i++;
            }
            else if (expectTerm && (char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
            {
                var start = i;
                while (i < source.Length && (char.IsAsciiLetterOrDigit(source[i]) || source[i] is '_' or '.'))
                {
                    i++;
                }

                var token = source[start..i];
                if (char.IsAsciiDigit(token[0]))
                {
                    if (!double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var constant))
                    {
                        error = $"\"{token}\" không phải là số (dùng dấu chấm cho phần thập phân).";
                        return false;
                    }

                    terms.Add((sign, null, constant));
                }
                else
                {
                    terms.Add((sign, token.ToUpperInvariant(), 0));
                }

                signed = false;

                expectTerm = false;
            }
            else
            {
                error = $"Biểu thức \"{source}\" chỉ được gồm mã chỉ tiêu, số và dấu + hoặc -.";
                return false;
            }
        }

        if (expectTerm)
        {
            error = source.Length == 0 ? "Biểu thức không được để trống." : $"Biểu thức \"{source}\" chưa hoàn chỉnh.";
            return false;
        }

        expression = new RuleExpression(terms);
        return true;
    }

    /// <summary>The value of the expression, or <c>null</c> when an indicator has no value yet.</summary>
    /// <param name="valueOf">An indicator's value by code, or <c>null</c> when empty.</param>
    /// <returns>The value.</returns>
    public double? Evaluate(Func<string, double?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        double total = 0;
        foreach (var (sign, code, constant) in _terms)
        {
            var value = code is null ? constant : valueOf(code);
            if (value is null)
            {
                return null;
            }

            total += sign * value.Value;
        }

        return total;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (sign, code, constant) in _terms)
        {
            if (text.Length > 0)
            {
                text.Append(sign > 0 ? " + " : " - ");
            }
            else if (sign < 0)
            {
                text.Append('-');
            }

            text.Append(code ?? constant.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
