using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>Reads the first sheet of an exported workbook as rows of cell texts.</summary>
public static class Workbook
{
    public static List<string[]> Rows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.CellValue?.Text ?? string.Empty).ToArray()).ToList();
    }
}
