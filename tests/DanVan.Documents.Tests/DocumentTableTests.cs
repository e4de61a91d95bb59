using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Tests;

public sealed class DocumentTableTests
{
    private static Table DataTable(Docx docx) =>
        docx.Body.Elements<Table>().Single(t => t.GetFirstChild<TableProperties>()!.TableBorders!.TopBorder!.Val!.Value == BorderValues.Single);

    private static List<string[]> Cells(Table table) =>
        table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();

    [Fact]
    public void Cells_hold_the_given_numbers_under_a_bold_centred_repeated_header()
    {
        using var docx = Docx.Of(Samples.Party());
        var table = DataTable(docx);

        var rows = Cells(table);

        rows[0].ShouldBe(["STT", "Đơn vị", "Số mô hình", "Tỷ lệ"]);
        rows[1].ShouldBe(["1", "Phường Trường Vinh", "1.234", "12,5%"]);
        rows[3].ShouldBe([string.Empty, "Tổng cộng", "1.321", "100,0%"]);
        var header = table.Elements<TableRow>().First();
        header.TableRowProperties!.GetFirstChild<TableHeader>().ShouldNotBeNull();
        header.Descendants<Run>().ShouldAllBe(r => Docx.IsBold(r));
        header.Descendants<Paragraph>().ShouldAllBe(p => Docx.Alignment(p) == JustificationValues.Center);
    }

    [Fact]
    public void The_total_row_is_bold_and_the_other_rows_are_not()
    {
        using var docx = Docx.Of(Samples.Party());
        var rows = DataTable(docx).Elements<TableRow>().ToList();

        rows[^1].Descendants<Run>().ShouldAllBe(r => Docx.IsBold(r));
        rows[1].Descendants<Run>().ShouldAllBe(r => !Docx.IsBold(r));
        rows[2].Descendants<Run>().ShouldAllBe(r => !Docx.IsBold(r));
    }

    [Fact]
    public void Without_a_total_row_the_last_row_is_not_bold()
    {
        using var docx = Docx.Of(Samples.Party() with { Body = [Samples.ResultsTable with { LastRowIsTotal = false }] });

        DataTable(docx).Elements<TableRow>().Last().Descendants<Run>().ShouldAllBe(r => !Docx.IsBold(r));
    }

    [Fact]
    public void Table_text_is_one_point_smaller_than_the_body_and_numbers_align_right()
    {
        using var docx = Docx.Of(Samples.Party());
        var table = DataTable(docx);

        table.Descendants<Run>().ShouldAllBe(r => Docx.Size(r) == 26);
        var dataRow = table.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ToList();
        Docx.Alignment(dataRow[0].Elements<Paragraph>().Single()).ShouldBe(JustificationValues.Center);
        Docx.Alignment(dataRow[1].Elements<Paragraph>().Single()).ShouldBe(JustificationValues.Left);
        Docx.Alignment(dataRow[2].Elements<Paragraph>().Single()).ShouldBe(JustificationValues.Right);
    }

    [Fact]
    public void The_unit_line_is_italic_and_right_aligned_above_the_table()
    {
        using var docx = Docx.Of(Samples.Party());

        var unit = docx.Paragraph("Đơn vị tính: mô hình");

        Docx.IsItalic(unit.Elements<Run>().Single()).ShouldBeTrue();
        Docx.Alignment(unit).ShouldBe(JustificationValues.Right);
        unit.ElementsAfter().First().ShouldBeOfType<Table>();
    }

    [Fact]
    public void The_table_has_single_borders_and_fills_the_text_width_by_the_given_percentages()
    {
        using var docx = Docx.Of(Samples.Party());
        var table = DataTable(docx);

        var borders = table.GetFirstChild<TableProperties>()!.TableBorders!;
        borders.InsideHorizontalBorder!.Val!.Value.ShouldBe(BorderValues.Single);
        borders.InsideVerticalBorder!.Val!.Value.ShouldBe(BorderValues.Single);
        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        widths.Sum().ShouldBe(11906 - 1701 - 850);
        widths[0].ShouldBe(748); // 8% of 9,355
        widths[1].ShouldBeGreaterThan(widths[2]);
    }

    [Fact]
    public void A_short_row_is_padded_and_a_long_row_is_refused()
    {
        var columns = new[] { new DocumentColumn("A"), new DocumentColumn("B") };

        using var docx = Docx.Of(Samples.Party() with { Body = [new DocumentTable(columns, [["chỉ một ô"]])] });
        Cells(DataTable(docx))[1].ShouldBe(["chỉ một ô", string.Empty]);
        docx.Errors().ShouldBeEmpty();

        Should.Throw<ArgumentException>(() => OfficialDocumentWriter.ToBytes(Samples.Party() with { Body = [new DocumentTable(columns, [["1", "2", "3"]])] }));
        Should.Throw<ArgumentException>(() => OfficialDocumentWriter.ToBytes(Samples.Party() with { Body = [new DocumentTable([], [])] }));
    }

    [Fact]
    public void Two_tables_in_a_row_stay_separate_and_a_table_without_rows_still_validates()
    {
        var empty = new DocumentTable([new DocumentColumn("Chỉ tiêu"), new DocumentColumn("Kết quả", ColumnAlignment.Right)], []);

        using var docx = Docx.Of(Samples.State() with { Body = [Samples.ResultsTable, empty] });

        docx.Errors().ShouldBeEmpty();
        foreach (var table in docx.Body.Elements<Table>())
        {
            table.NextSibling().ShouldBeOfType<Paragraph>();
        }
    }
}
