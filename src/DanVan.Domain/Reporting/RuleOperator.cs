namespace DanVan.Domain.Reporting;

/// <summary>The comparison of a validation rule.</summary>
public enum RuleOperator
{
    /// <summary>&lt;.</summary>
    Less,

    /// <summary>&lt;=.</summary>
    LessOrEqual,

    /// <summary>=.</summary>
    Equal,

    /// <summary>&gt;=.</summary>
    GreaterOrEqual,

    /// <summary>&gt;.</summary>
    Greater,

    /// <summary>!=.</summary>
    NotEqual,
}
