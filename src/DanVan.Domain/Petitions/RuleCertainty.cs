namespace DanVan.Domain.Petitions;

/// <summary>How firmly a rule's text has been checked against its source.</summary>
public enum RuleCertainty
{
    /// <summary>The article's text was read (or several consistent official reports).</summary>
    Confirmed = 1,

    /// <summary>Known from secondary sources only; to be checked against the official text.</summary>
    Secondary = 2,

    /// <summary>Not confirmed; kept as the best reading until it is.</summary>
    Unconfirmed = 3,
}
