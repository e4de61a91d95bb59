using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Tests;

public sealed class OfficialDocumentWriterTests
{
    private const string TimesNewRoman = "Times New Roman";

    public static TheoryData<DocumentStyle> Styles => new() { DocumentStyle.Party, DocumentStyle.State };

    private static OfficialDocument Sample(DocumentStyle style) => style == DocumentStyle.Party ? Samples.Party() : Samples.State();

    [Theory]
    [MemberData(nameof(Styles))]
    public void The_document_validates_without_errors(DocumentStyle style)
    {
        using var docx = Docx.Of(Sample(style));

        docx.Errors().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void An_empty_body_still_makes_a_valid_document_with_header_and_signature(DocumentStyle style)
    {
        using var docx = Docx.Of(Sample(style) with { Body = [], Recipients = [] });

        docx.Errors().ShouldBeEmpty();
        docx.Texts().ShouldContain("BÁO CÁO");
        docx.Texts().ShouldNotContain("Nơi nhận:");
        docx.Texts().Last().ShouldBe(style == DocumentStyle.Party ? "Nguyễn Văn A" : "Trần Thị B");
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void The_page_is_A4_portrait_with_margins_of_20_20_30_15_mm(DocumentStyle style)
    {
        using var docx = Docx.Of(Sample(style));

        var section = docx.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        size.Width!.Value.ShouldBe(11906u);
        size.Height!.Value.ShouldBe(16838u);
        margin.Top!.Value.ShouldBe(1134);
        margin.Bottom!.Value.ShouldBe(1134);
        margin.Left!.Value.ShouldBe(1701u);
        margin.Right!.Value.ShouldBe(850u);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_run_and_the_defaults_are_Times_New_Roman(DocumentStyle style)
    {
        using var docx = Docx.Of(Sample(style));

        var runs = docx.Body.Descendants<Run>().Concat(docx.Main.HeaderParts.SelectMany(h => h.Header.Descendants<Run>())).ToList();
        runs.ShouldNotBeEmpty();
        runs.ShouldAllBe(r => r.RunProperties!.RunFonts!.Ascii! == TimesNewRoman
            && r.RunProperties.RunFonts.HighAnsi! == TimesNewRoman
            && r.RunProperties.RunFonts.EastAsia! == TimesNewRoman
            && r.RunProperties.RunFonts.ComplexScript! == TimesNewRoman);
        var defaults = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        defaults.RunFonts!.Ascii!.Value.ShouldBe(TimesNewRoman);
        defaults.RunFonts.EastAsia!.Value.ShouldBe(TimesNewRoman);
        defaults.FontSize!.Val!.Value.ShouldBe("28");
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Page_numbers_are_centred_at_the_top_from_page_two(DocumentStyle style)
    {
        using var docx = Docx.Of(Sample(style));

        var section = docx.Body.Elements<SectionProperties>().Single();
        section.GetFirstChild<TitlePage>().ShouldNotBeNull();
        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var numbered = ((DocumentFormat.OpenXml.Packaging.HeaderPart)docx.Main.GetPartById(references[HeaderFooterValues.Default])).Header;
        var first = ((DocumentFormat.OpenXml.Packaging.HeaderPart)docx.Main.GetPartById(references[HeaderFooterValues.First])).Header;

        numbered.Descendants<SimpleField>().Single().Instruction!.Value!.Trim().ShouldBe("PAGE");
        Docx.Alignment(numbered.Descendants<Paragraph>().Single()).ShouldBe(JustificationValues.Center);
        first.Descendants<SimpleField>().ShouldBeEmpty();
        first.InnerText.ShouldBeEmpty();
    }

    [Fact]
    public void Body_paragraphs_are_justified_14_pt_with_a_1_cm_first_line_indent()
    {
        using var docx = Docx.Of(Samples.Party());

        var paragraph = docx.Paragraph("Công tác dân vận tiếp tục được các cấp ủy quan tâm lãnh đạo.");

        Docx.Alignment(paragraph).ShouldBe(JustificationValues.Both);
        paragraph.ParagraphProperties!.Indentation!.FirstLine!.Value.ShouldBe("567");
        Docx.Size(paragraph.Elements<Run>().Single()).ShouldBe(28);
    }

    [Fact]
    public void Headings_are_bold_capitals_then_bold_then_bold_italic()
    {
        using var docx = Docx.Of(Samples.Party());

        var first = docx.Run("I- TÌNH HÌNH CHUNG");
        var second = docx.Run("1. Kết quả");
        var third = docx.Run("a) Ở cơ sở");

        Docx.IsBold(first).ShouldBeTrue();
        Docx.IsItalic(first).ShouldBeFalse();
        Docx.IsBold(second).ShouldBeTrue();
        Docx.IsItalic(second).ShouldBeFalse();
        Docx.IsBold(third).ShouldBeTrue();
        Docx.IsItalic(third).ShouldBeTrue();
        docx.Paragraph("1. Kết quả").ParagraphProperties!.KeepNext.ShouldNotBeNull();
    }

    [Fact]
    public void The_last_body_paragraph_keeps_with_the_signature_block()
    {
        using var docx = Docx.Of(Samples.Party());

        var last = docx.Paragraph("Phong trào thi đua \"Dân vận khéo\" lan tỏa rộng khắp.");

        last.ParagraphProperties!.KeepNext.ShouldNotBeNull();
        last.NextSibling<Paragraph>()!.ParagraphProperties!.KeepNext.ShouldNotBeNull();
        docx.Paragraph("Công tác dân vận tiếp tục được các cấp ủy quan tâm lãnh đạo.").ParagraphProperties!.KeepNext.ShouldBeNull();
    }

    [Fact]
    public void Stored_text_that_looks_like_markup_is_written_literally()
    {
        const string Hostile = "<script>alert('x')</script> & <w:t>";
        var document = Samples.Party() with
        {
            Summary = "tình hình " + Hostile,
            Body = [new DocumentParagraph(Hostile), new DocumentTable([new DocumentColumn("Ghi chú")], [[Hostile]])],
            Recipients = [Hostile],
            Signature = new DocumentSignature(null, "Trưởng ban", Hostile),
        };

        var bytes = OfficialDocumentWriter.ToBytes(document);
        using var docx = Docx.Of(document);

        docx.Errors().ShouldBeEmpty();
        docx.Paragraph(Hostile).ShouldNotBeNull();
        docx.Paragraph("tình hình " + Hostile).ShouldNotBeNull();
        docx.Paragraph("- " + Hostile + ".").ShouldNotBeNull();
        docx.Body.Descendants<Table>().SelectMany(t => t.Descendants<TableCell>()).ShouldContain(c => c.InnerText == Hostile);
        docx.Body.Descendants().ShouldNotContain(e => e.LocalName == "script");
        using var main = docx.Main.GetStream();
        using var reader = new StreamReader(main);
        var xml = reader.ReadToEnd();
        xml.ShouldContain("&lt;script&gt;");
        xml.ShouldNotContain("<script>");
        bytes.ShouldNotBeEmpty();
    }

    [Fact]
    public void Control_characters_are_dropped_and_line_breaks_kept()
    {
        using var docx = Docx.Of(Samples.Party() with { Body = [new DocumentParagraph("Dòng một\u0001\r\nDòng hai\u0000")] });

        docx.Errors().ShouldBeEmpty();
        var paragraph = docx.Paragraph("Dòng mộtDòng hai");
        paragraph.Descendants<Break>().Count().ShouldBe(1);
    }

    [Fact]
    public void Decomposed_Vietnamese_is_written_composed()
    {
        var decomposed = "Nghệ An".Normalize(System.Text.NormalizationForm.FormD);

        using var docx = Docx.Of(Samples.Party() with { Body = [new DocumentParagraph(decomposed)] });

        docx.Paragraph("Nghệ An").ShouldNotBeNull();
    }

    [Fact]
    public void Write_produces_the_same_file_on_any_stream()
    {
        var document = Samples.State();
        using var output = new MemoryStream();

        OfficialDocumentWriter.Write(document, output);

        using var docx = Docx.Of(document);
        output.Length.ShouldBeGreaterThan(0);
        using var written = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        written.MainDocumentPart!.Document.Body!.InnerText.ShouldBe(docx.Body.InnerText);
    }

    [Fact]
    public async Task WriteAsync_writes_a_document_that_opens()
    {
        using var output = new MemoryStream();

        await OfficialDocumentWriter.WriteAsync(Samples.Party(), output);

        using var written = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        written.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    [Fact]
    public void The_package_title_is_the_kind_and_summary()
    {
        using var docx = Docx.Of(Samples.Party());

        docx.Word.PackageProperties.Title.ShouldBe("BÁO CÁO Kết quả công tác dân vận quý I năm 2026");
    }
}
