using System.IO.Compression;
using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DanVan.Web.Infrastructure;

/// <summary>
/// Writes a list exactly as a page shows it to an .xlsx workbook, streamed to the response as the
/// rows are read: a frozen, filtered, bold header row, then one row per item — numbers as numbers
/// with thousands separators, dates as dates (dd/mm/yyyy), column widths fitted to the first rows,
/// printed landscape on A4 with the header repeated. Memory stays that of one row and the zip's
/// buffers, whatever the size of the list.
/// </summary>
public static class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A workbook of an in-memory list (a report, a statistic): the same writer as a streamed one.</summary>
    public static ExcelFile File<T>(string fileName, string sheetName, IReadOnlyList<string> headers, IEnumerable<T> rows, Func<T, IEnumerable<object?>> cells) =>
        new(fileName, sheetName, headers, ct => Cells(rows.ToAsyncEnumerable(), cells, ct));

    /// <summary>A workbook streamed from a query: each row is written as it is read.</summary>
    public static ExcelFile File<T>(string fileName, string sheetName, IReadOnlyList<string> headers, IAsyncEnumerable<T> rows, Func<T, IEnumerable<object?>> cells) =>
        new(fileName, sheetName, headers, ct => Cells(rows, cells, ct));

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Cells<T>(IAsyncEnumerable<T> rows, Func<T, IEnumerable<object?>> cells, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return cells(row).ToList();
        }
    }
}

/// <summary>An .xlsx download written to the response body as its rows come (<see cref="ExcelExport"/>).</summary>
public sealed class ExcelFile(string fileName, string sheetName, IReadOnlyList<string> headers, Func<CancellationToken, IAsyncEnumerable<IReadOnlyList<object?>>> rows) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = ExcelExport.ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName, FileNameStar = fileName }.ToString();
        // Compressing a zip again gains nothing.
        context.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpsCompressionFeature>()?.Mode = Microsoft.AspNetCore.Http.Features.HttpsCompressionMode.DoNotCompress;
        // The download starts at once, before the first rows are read.
        await response.StartAsync(context.HttpContext.RequestAborted);
        await response.Body.FlushAsync(context.HttpContext.RequestAborted);
        await WriteAsync(response.Body, context.HttpContext.RequestAborted);
    }

    /// <summary>Writes the workbook to <paramref name="output"/>, which need not seek.</summary>
    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        await using var buffer = new DrainingBuffer(output);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheet = new SheetWriter(headers);
            await using (var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
            {
                await sheet.WriteAsync(part, rows(cancellationToken), buffer, cancellationToken);
            }

            WorkbookParts.Write(zip, sheetName, headers.Count, sheet.RowCount);
        }

        await buffer.DrainAsync(cancellationToken);
    }

    /// <summary>
    /// The zip writes synchronously into memory; the bytes go to the client asynchronously between
    /// rows once a chunk has gathered, so no request thread blocks on a slow client.
    /// </summary>
    private sealed class DrainingBuffer(Stream output) : Stream
    {
        private const int Chunk = 64 * 1024;
        private readonly MemoryStream pending = new();

        public bool Full => pending.Length >= Chunk;

        public async Task DrainAsync(CancellationToken cancellationToken)
        {
            if (pending.Length == 0)
            {
                return;
            }

            await output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
            await output.FlushAsync(cancellationToken);
            pending.SetLength(0);
        }

        public override void Write(byte[] buffer, int offset, int count) => pending.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => pending.Write(buffer);

        public override void Flush()
        {
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override ValueTask DisposeAsync()
        {
            pending.Dispose();
            return base.DisposeAsync();
        }
    }

    /// <summary>The worksheet, written with OpenXml's forward-only writer: no DOM of the rows is ever built.</summary>
    private sealed class SheetWriter(IReadOnlyList<string> headers)
    {
        // Column widths come from the header and the first rows, which are held back until then.
        private const int SampleRows = 200;

        // Points a line of 12-point text takes.
        private const double LineHeight = 16;

        public uint RowCount { get; private set; }

        public async Task WriteAsync(Stream part, IAsyncEnumerable<IReadOnlyList<object?>> rows, DrainingBuffer buffer, CancellationToken cancellationToken)
        {
            var sample = new List<IReadOnlyList<object?>>();
            await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
            var more = await enumerator.MoveNextAsync();
            while (more && sample.Count < SampleRows)
            {
                sample.Add(enumerator.Current);
                more = await enumerator.MoveNextAsync();
            }

            using var writer = new OpenXmlPartWriter(part);
            writer.WriteStartDocument(true);
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
            { WorkbookViewId = 0 }));
            writer.WriteElement(Columns(sample));
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, headers, header: true);
            foreach (var row in sample)
            {
                WriteRow(writer, row, header: false);
            }

            sample.Clear();
            await buffer.DrainAsync(cancellationToken);
            while (more)
            {
                WriteRow(writer, enumerator.Current, header: false);
                if (buffer.Full)
                {
                    await buffer.DrainAsync(cancellationToken);
                }

                more = await enumerator.MoveNextAsync();
            }

            writer.WriteEndElement();
            if (headers.Count > 0)
            {
                writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(headers.Count - 1)}{RowCount}" });
            }

            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            writer.WriteElement(new HeaderFooter(new OddFooter("&CTrang &P/&N")));
            writer.WriteEndElement();
        }

        private readonly List<double> _widths = [];

        private Columns Columns(List<IReadOnlyList<object?>> sample)
        {
            var columns = new Columns();
            for (var i = 0; i < headers.Count; i++)
            {
                // The header wraps: its longest word must fit, and it should take two lines at most.
                var width = Math.Max(headers[i].Split(' ').Max(w => w.Length), (headers[i].Length + 1) / 2) + 2.0;
                foreach (var row in sample)
                {
                    if (i < row.Count)
                    {
                        width = Math.Max(width, CellText.Width(row[i]));
                    }
                }

                var column = (uint)(i + 1);
                _widths.Add(Math.Clamp(width, 6, 45));
                columns.Append(new Column { Min = column, Max = column, Width = _widths[^1], CustomWidth = true });
            }

            return columns;
        }

        private void WriteRow(OpenXmlWriter writer, IReadOnlyList<object?> values, bool header)
        {
            RowCount++;
            var row = new Row { RowIndex = RowCount };
            // Spreadsheets do not grow a row to its wrapped text on opening (LibreOffice does not):
            // a row whose text wraps gets the height of its lines.
            var lines = 1.0;
            for (var i = 0; i < values.Count && i < _widths.Count; i++)
            {
                if (values[i] is string text)
                {
                    var width = Math.Max(1, (_widths[i] - 1) * 0.9);
                    lines = Math.Max(lines, text.Split('\n').Sum(line => Math.Max(1, Math.Ceiling(line.Length / width))));
                }
            }

            row.Height = LineHeight * Math.Min(lines, 15);
            row.CustomHeight = true;

            writer.WriteStartElement(row);
            for (var i = 0; i < values.Count; i++)
            {
                // An empty value still gets its bordered cell, so the table's grid has no holes.
                var cell = CellText.Of(values[i], header) ?? new Cell { StyleIndex = CellText.Text };
                cell.CellReference = ColumnName(i) + RowCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
                writer.WriteElement(cell);
            }

            writer.WriteEndElement();
        }
    }

    // 0 → A, 25 → Z, 26 → AA.
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The cells' types and styles (indices into <see cref="WorkbookParts"/>' cell formats).</summary>
    private static class CellText
    {
        public const uint Header = 1;
        public const uint Text = 2;
        public const uint Integer = 3;
        public const uint Decimal = 4;
        public const uint Date = 5;
        public const uint DateAndTime = 6;

        private const int MaxCellLength = 32_767;

        private static readonly DateOnly Epoch = new(1899, 12, 30);

        public static Cell? Of(object? value, bool header) => value switch
        {
            null => null,
            _ when header => Inline(value.ToString(), Header),
            int or long or short or byte => Number(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), Integer),
            decimal or double or float => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) is var d && double.IsFinite(d)
                ? Number(d, Math.Abs(d % 1) < 1e-9 ? Integer : Decimal)
                : null,
            DateOnly date => Number(date.DayNumber - Epoch.DayNumber, Date),
            DateTime utc => Number(Serial(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DateInput.VietnamTime)), DateAndTime),
            DateTimeOffset at => Number(Serial(TimeZoneInfo.ConvertTime(at, DateInput.VietnamTime).DateTime), DateAndTime),
            bool yes => Inline(yes ? "Có" : "Không", Text),
            _ => Inline(value.ToString(), Text),
        };

        /// <summary>About how many characters wide the value shows.</summary>
        public static double Width(object? value) => value switch
        {
            null => 0,
            DateOnly => 12,
            DateTime or DateTimeOffset => 17,
            int or long or short or byte or decimal or double or float => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture).ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture).Length + 2,
            // Capitals and Vietnamese letters run wider than the digit a column's width counts.
            _ => Math.Ceiling((value.ToString() ?? string.Empty).Length * 1.1) + 2,
        };

        private static double Serial(System.DateTime local) => (local - Epoch.ToDateTime(TimeOnly.MinValue)).TotalDays;

        private static Cell Number(double value, uint style) => new()
        {
            DataType = CellValues.Number,
            StyleIndex = style,
            CellValue = new CellValue(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        };

        private static Cell Inline(string? text, uint style) => new(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };

        // A cell holds at most 32,767 characters; XML cannot hold control characters.
        private static string Clean(string? text)
        {
            text ??= string.Empty;
            if (text.Length > MaxCellLength)
            {
                text = text[..(MaxCellLength - 1)] + "…";
            }

            return text.Any(c => char.IsControl(c) && c is not '\n' and not '\t')
                ? new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\t')])
                : text;
        }
    }

    /// <summary>The small parts around the sheet: content types, relationships, the workbook and its styles.</summary>
    private static class WorkbookParts
    {
        public static void Write(ZipArchive zip, string sheetName, int columns, uint rows)
        {
            var name = sheetName.Replace("'", "''", StringComparison.Ordinal);
            var last = columns > 0 ? ColumnName(columns - 1) : "A";
            var workbook = new Workbook(
                new BookViews(new WorkbookView()),
                new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = "rId1" }),
                new DefinedNames(
                    new DefinedName($"'{name}'!$A$1:${last}${rows}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
                    new DefinedName($"'{name}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
            workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            Part(zip, "xl/workbook.xml", workbook);
            Part(zip, "xl/styles.xml", Styles());
            Text(zip, "xl/_rels/workbook.xml.rels",
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            Text(zip, "_rels/.rels",
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Text(zip, "[Content_Types].xml",
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
        }

        private static void Part(ZipArchive zip, string path, OpenXmlElement root)
        {
            using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
            using var writer = new OpenXmlPartWriter(stream);
            writer.WriteStartDocument(true);
            writer.WriteElement(root);
        }

        private static void Text(ZipArchive zip, string path, string xml)
        {
            using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
            stream.Write(System.Text.Encoding.UTF8.GetBytes(xml));
        }

        // The order of the cell formats is CellText's style numbers.
        private static Stylesheet Styles()
        {
            var thin = new Border(
                new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
            var font = new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" });
            var bold = new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" });
            var top = new Alignment { Vertical = VerticalAlignmentValues.Top };
            CellFormat Body(uint format) => new(top.CloneNode(true)) { NumberFormatId = format, ApplyNumberFormat = format != 0, FontId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true };
            return new Stylesheet(
                new NumberingFormats(
                    new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
                    new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" },
                    new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.0#" })
                { Count = 3 },
                new Fonts(font, bold) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                    new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7EEF7" }) { PatternType = PatternValues.Solid }))
                { Count = 3 },
                new Borders(new Border(), thin) { Count = 2 },
                new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
                new CellFormats(
                    new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
                    new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                    { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                    new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
                    Body(3),
                    Body(166),
                    Body(164),
                    Body(165))
                { Count = 7 },
                new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        }
    }
}
