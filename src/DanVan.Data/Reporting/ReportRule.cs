using DanVan.Data.Auditing;
using DanVan.Domain.Reporting;

namespace DanVan.Data.Reporting;

/// <summary>A validation rule between indicators of a form version, kept as text and parsed by the domain.</summary>
public sealed class ReportRule : IAuditable
{
    public int Id { get; set; }

    public int FormId { get; set; }

    public ReportForm? Form { get; set; }

    public required string Left { get; set; }

    public RuleOperator Operator { get; set; }

    public required string Right { get; set; }

    public RuleSeverity Severity { get; set; }

    public required string Message { get; set; }

    public int Position { get; set; }

    /// <summary>The domain rule, or <c>null</c> when the stored text no longer parses.</summary>
    public ValidationRule? ToDomain() =>
        RuleExpression.TryParse(Left, out var left, out _) && RuleExpression.TryParse(Right, out var right, out _)
            ? new ValidationRule(left, Operator, right, Severity, Message)
            : null;

    int? IAuditable.AuditOrganizationId => Form?.OwnerOrganizationId;
}
