using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Web.Infrastructure;

/// <summary>Reads the first sheet of an uploaded .xlsx as rows of cell texts, numbers in the invariant culture.</summary>
public static class ExcelImport
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The rows (1-based number, cells by column A, B, …), or <c>null</c> when the file is not a workbook.</summary>
    public static IReadOnlyList<(int Row, string?[] Cells)>? Read(Stream stream, int columns)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                return null;
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var rows = new List<(int, string?[])>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new string?[columns];
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    // A cell without a reference (as some writers leave it) follows the one before.
                    var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : next;
                    if (column >= 0 && column < columns)
                    {
                        cells[column] = TextOf(cell, shared);
                    }

                    next = column + 1;
                }

                rows.Add(((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
            }

            return rows;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException
            or IOException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? TextOf(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : null;
        }

        return raw;
    }

    // "D12" → 3.
    private static int ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
            letters++;
        }

        return letters == 0 ? -1 : column - 1;
    }
}
