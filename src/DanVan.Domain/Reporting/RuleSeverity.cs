namespace DanVan.Domain.Reporting;

/// <summary>How much a broken validation rule matters.</summary>
public enum RuleSeverity
{
    /// <summary>Lỗi: the report cannot be sent until it is fixed.</summary>
    Error = 0,

    /// <summary>Cảnh báo: shown, but the report can be sent.</summary>
    Warning = 1,
}
