using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Infrastructure;

/// <summary>Writes a list exactly as a page shows it to an .xlsx workbook: a bold header row, then one row per item.</summary>
public static class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The most rows an export writes; a list larger than that must be filtered first.</summary>
    public const int MaxRows = 50_000;

    public static FileContentResult File<T>(string fileName, string sheetName, IReadOnlyList<string> headers, IEnumerable<T> rows, Func<T, IEnumerable<object?>> cells)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(headers.Cast<object?>(), bold: true));
            foreach (var item in rows.Take(MaxRows))
            {
                data.Append(Row(cells(item), bold: false));
            }

            worksheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }

        return new FileContentResult(stream.ToArray(), ContentType) { FileDownloadName = fileName };
    }

    private static Row Row(IEnumerable<object?> values, bool bold)
    {
        var row = new Row();
        foreach (var value in values)
        {
            var cell = value switch
            {
                int or long or decimal or double => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!) },
                DateOnly date => new Cell { DataType = CellValues.String, CellValue = new CellValue(DateInput.Show(date)) },
                _ => new Cell { DataType = CellValues.String, CellValue = new CellValue(Clean(value?.ToString())) },
            };
            if (bold)
            {
                cell.StyleIndex = 1;
            }

            row.Append(cell);
        }

        return row;
    }

    // XML cannot hold control characters; a cell starting with = + - @ could run as a formula.
    private static string Clean(string? text)
    {
        var value = new string((text ?? string.Empty).Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());
        return value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
