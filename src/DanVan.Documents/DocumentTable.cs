namespace DanVan.Documents;

/// <summary>A bordered table with a bold header row; numbers in the rows are already formatted (see <see cref="VietnameseFormat"/>).</summary>
/// <param name="Columns">The columns; an STT column, if wanted, is the caller's.</param>
/// <param name="Rows">The cell texts, row by row; a short row is padded with empty cells.</param>
public sealed record DocumentTable(IReadOnlyList<DocumentColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock
{
    /// <summary>A line such as "Đơn vị tính: người", written in italics right-aligned above the table.</summary>
    public string? UnitLine { get; init; }

    /// <summary>Whether the last row is a "Tổng cộng" row, written in bold.</summary>
    public bool LastRowIsTotal { get; init; }
}
