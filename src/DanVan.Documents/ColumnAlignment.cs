namespace DanVan.Documents;

/// <summary>Horizontal alignment of a table column's cells.</summary>
public enum ColumnAlignment
{
    /// <summary>Text.</summary>
    Left,

    /// <summary>Short codes, STT.</summary>
    Center,

    /// <summary>Numbers.</summary>
    Right,
}
