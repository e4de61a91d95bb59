using System.IO.Compression;
using DanVan.Web.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExportedWorkbook = DanVan.Web.Tests.Infrastructure.Workbook;

namespace DanVan.Web.Tests.Features;

/// <summary>The one workbook writer every export uses: what a clerk sees when the file opens, whatever its size.</summary>
public sealed class ExcelExportTests
{
    private static readonly string[] Headers = ["Mã", "Tên đơn vị", "Ngày nhận", "Kinh phí (đồng)", "Tỷ lệ (%)", "Ghi chú"];

    [Fact]
    public async Task Numbers_are_numbers_dates_are_dates_and_text_stays_text_past_the_rows_sampled_for_widths()
    {
        var rows = Enumerable.Range(1, 450).Select(i => new object?[]
        {
            $"=HYPERLINK(\"x\",{i})", $"Xã Hợp Minh {i}", new DateOnly(2026, 3, 1).AddDays(i % 28), 10_640_000_000L + i, i % 2 == 0 ? 12.5 : 40.0, i == 300 ? "dòng\u0001 có ký tự điều khiển" : null,
        });

        var (document, bytes) = await WriteAsync(Headers, rows);
        using (document)
        {
            var table = ExportedWorkbook.Rows(bytes);
            table.Count.ShouldBe(451);
            table[0].ShouldBe(Headers);
            table[1].ShouldBe(["=HYPERLINK(\"x\",1)", "Xã Hợp Minh 1", "02/03/2026", "10640000001", "40", string.Empty]);
            table[300][5].ShouldBe("dòng có ký tự điều khiển");

            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var formats = ExportedWorkbook.Formats(document.WorkbookPart!);
            var cells = sheet.Descendants<Row>().ElementAt(2).Elements<Cell>().ToList();
            cells[0].DataType!.Value.ShouldBe(CellValues.InlineString);
            cells[0].CellFormula.ShouldBeNull();
            cells[2].DataType!.Value.ShouldBe(CellValues.Number);
            formats[(int)cells[2].StyleIndex!.Value].ShouldBe("dd/mm/yyyy");
            formats[(int)cells[3].StyleIndex!.Value].ShouldBe("#,##0");
            formats[(int)cells[4].StyleIndex!.Value].ShouldBe("#,##0.0#");
            var lastRow = sheet.Descendants<Row>().Last().Elements<Cell>().ToList();
            formats[(int)lastRow[2].StyleIndex!.Value].ShouldBe("dd/mm/yyyy");

            var pane = sheet.Descendants<Pane>().Single();
            (pane.VerticalSplit!.Value, pane.State!.Value).ShouldBe((1d, PaneStateValues.Frozen));
            sheet.Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe("A1:F451");
            var widths = sheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
            widths.Count.ShouldBe(Headers.Length);
            widths[1].ShouldBeGreaterThanOrEqualTo("Xã Hợp Minh 200".Length + 2);
            widths[2].ShouldBe(12);
            widths.ShouldAllBe(w => w >= 6 && w <= 45);
            sheet.Descendants<PageSetup>().Single().Orientation!.Value.ShouldBe(OrientationValues.Landscape);
            document.WorkbookPart.Workbook.Descendants<DefinedName>().Select(d => d.Name!.Value).ShouldBe(["_xlnm._FilterDatabase", "_xlnm.Print_Titles"], ignoreOrder: true);
        }
    }

    [Fact]
    public async Task A_text_longer_than_a_cell_holds_is_cut_and_an_empty_list_is_the_header_alone()
    {
        var (document, bytes) = await WriteAsync(["Nội dung"], [[new string('a', 40_000)]]);
        using (document)
        {
            var text = ExportedWorkbook.Rows(bytes)[1][0];
            text.Length.ShouldBe(32_767);
            text.ShouldEndWith("…");
        }

        var (empty, emptyBytes) = await WriteAsync(Headers, []);
        using (empty)
        {
            ExportedWorkbook.Rows(emptyBytes).ShouldHaveSingleItem().ShouldBe(Headers);
        }
    }

    [Fact]
    public async Task The_workbook_is_written_to_a_stream_that_cannot_seek_as_the_rows_come()
    {
        var output = new ForwardOnlyStream();
        var file = ExcelExport.File("so-theo-doi.xlsx", "Sổ", Headers, Rows(30_000), r => r);

        await file.WriteAsync(output, CancellationToken.None);

        output.Writes.ShouldBeGreaterThan(10);
        using var zip = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).ShouldContain("xl/worksheets/sheet1.xml");
        ExportedWorkbook.Rows(output.ToArray()).Count.ShouldBe(30_001);
    }

    private static async IAsyncEnumerable<object?[]> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return [$"DV{i:D5}", "Ủy ban Mặt trận Tổ quốc xã", new DateOnly(2026, 1, 1), i, 1.5, null];
        }
    }

    private static async Task<(SpreadsheetDocument Document, byte[] Bytes)> WriteAsync(IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        var output = new ForwardOnlyStream();
        await ExcelExport.File("thu.xlsx", "Thử", headers, rows, r => r).WriteAsync(output, CancellationToken.None);
        var bytes = output.ToArray();
        return (SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false), bytes);
    }

    // A response body: written forward only, never read back or repositioned.
    private sealed class ForwardOnlyStream : Stream
    {
        private readonly MemoryStream _written = new();

        public int Writes { get; private set; }

        public byte[] ToArray() => _written.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("A response body is written asynchronously.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            _written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }
}
