namespace DanVan.Documents;

/// <summary>A table column.</summary>
/// <param name="Header">The header text.</param>
/// <param name="Alignment">How the column's cells are aligned; numbers usually right.</param>
/// <param name="WidthPercent">Share of the table width in percent; 0 shares what the other columns leave.</param>
public sealed record DocumentColumn(string Header, ColumnAlignment Alignment = ColumnAlignment.Left, int WidthPercent = 0);
