using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>
/// A borderless two-column table that places blocks side by side (the header and the closing), the
/// way official templates do. Cells have no side padding so the column widths are the text widths.
/// </summary>
internal static class LayoutTable
{
    public static Table Of(int left, int right, params (IEnumerable<Paragraph> Left, IEnumerable<Paragraph> Right)[] rows)
    {
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Paragraphs.Twips(left + right), Type = TableWidthUnitValues.Dxa },
                TableBorders = new TableBorders
                {
                    TopBorder = new TopBorder { Val = BorderValues.None },
                    LeftBorder = new LeftBorder { Val = BorderValues.None },
                    BottomBorder = new BottomBorder { Val = BorderValues.None },
                    RightBorder = new RightBorder { Val = BorderValues.None },
                    InsideHorizontalBorder = new InsideHorizontalBorder { Val = BorderValues.None },
                    InsideVerticalBorder = new InsideVerticalBorder { Val = BorderValues.None },
                },
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = new TableCellMarginDefault
                {
                    TableCellLeftMargin = new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    TableCellRightMargin = new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa },
                },
            },
            new TableGrid(new GridColumn { Width = Paragraphs.Twips(left) }, new GridColumn { Width = Paragraphs.Twips(right) }));
        foreach (var (leftParagraphs, rightParagraphs) in rows)
        {
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                Cell(left, leftParagraphs),
                Cell(right, rightParagraphs)));
        }

        return table;
    }

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Paragraphs.Twips(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }
}
