using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>
/// A report table: optional "Đơn vị tính" line, single borders, a bold centred header row repeated on
/// each page, text 1 pt smaller than the body, and an optional bold total row.
/// </summary>
internal static class DataTable
{
    private static readonly TextFormat Cell = new(Page.TableSize);

    public static IEnumerable<OpenXmlElement> Build(DocumentTable table)
    {
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(table));
        }

        if (table.Rows.Any(row => row is null || row.Count > table.Columns.Count))
        {
            throw new ArgumentException("A table row has more cells than the table has columns.", nameof(table));
        }

        if (!string.IsNullOrWhiteSpace(table.UnitLine))
        {
            yield return Paragraphs.Line(table.UnitLine, Cell.WithItalic(), JustificationValues.Right, after: 60);
        }

        var widths = Widths(table.Columns, Page.TextWidth);
        var word = new Table(Properties(), new TableGrid(widths.Select(w => new GridColumn { Width = Paragraphs.Twips(w) })));
        word.Append(Row(widths, table.Columns.Select(c => (c.Header, JustificationValues.Center)), bold: true, header: true));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var cells = table.Columns.Select((column, index) => (index < table.Rows[i].Count ? table.Rows[i][index] : string.Empty, Alignment(column.Alignment)));
            word.Append(Row(widths, cells, bold: table.LastRowIsTotal && i == table.Rows.Count - 1, header: false));
        }

        yield return word;

        // Keeps a following table from merging into this one and leaves room before the next text.
        yield return Paragraphs.Space(240);
    }

    /// <summary>Column widths in twips: given percentages as asked, the rest shared by the columns without one.</summary>
    internal static int[] Widths(IReadOnlyList<DocumentColumn> columns, int total)
    {
        var given = columns.Where(c => c.WidthPercent > 0).Sum(c => c.WidthPercent);
        var open = columns.Count(c => c.WidthPercent <= 0);
        var openShare = given < 100 && open > 0 ? (100.0 - given) / open : 100.0 / columns.Count;
        var weights = columns.Select(c => c.WidthPercent > 0 ? c.WidthPercent : openShare).ToArray();
        var sum = weights.Sum();
        var widths = weights.Select(w => (int)(total * w / sum)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    private static TableProperties Properties() => new()
    {
        TableWidth = new TableWidth { Width = Paragraphs.Twips(Page.TextWidth), Type = TableWidthUnitValues.Dxa },
        TableBorders = new TableBorders
        {
            TopBorder = new TopBorder { Val = BorderValues.Single, Size = 4 },
            LeftBorder = new LeftBorder { Val = BorderValues.Single, Size = 4 },
            BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 4 },
            RightBorder = new RightBorder { Val = BorderValues.Single, Size = 4 },
            InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        },
        TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
    };

    private static TableRow Row(int[] widths, IEnumerable<(string Text, JustificationValues Alignment)> cells, bool bold, bool header)
    {
        var row = new TableRow(header ? new TableRowProperties(new TableHeader(), new CantSplit()) : new TableRowProperties(new CantSplit()));
        var index = 0;
        foreach (var (text, alignment) in cells)
        {
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Width = Paragraphs.Twips(widths[index++]), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                Paragraphs.Line(text, Cell.WithBold(bold), alignment, before: 40, after: 40)));
        }

        return row;
    }

    private static JustificationValues Alignment(ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Center => JustificationValues.Center,
        ColumnAlignment.Right => JustificationValues.Right,
        _ => JustificationValues.Left,
    };
}
