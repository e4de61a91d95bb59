using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>Reads the first sheet of an exported workbook as rows of cell texts, dates as a clerk sees them (dd/MM/yyyy).</summary>
public static class Workbook
{
    public static List<string[]> Rows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var formats = Formats(document.WorkbookPart!);
        var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => Text(c, formats)).ToArray()).ToList();
    }

    /// <summary>The number format code of each cell style.</summary>
    public static List<string> Formats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id ? custom.GetValueOrDefault(id, id == 3 ? "#,##0" : string.Empty) : string.Empty).ToList() ?? [];
    }

    private static string Text(Cell cell, List<string> formats)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.Text ?? string.Empty;
        var format = cell.StyleIndex?.Value is { } style && style < formats.Count ? formats[(int)style] : string.Empty;
        if (format.StartsWith("dd/mm/yyyy", StringComparison.Ordinal) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            var at = new DateTime(1899, 12, 30).AddDays(serial);
            return at.ToString(format.Length > 10 ? "dd/MM/yyyy HH:mm" : "dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        return raw;
    }
}
