using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Tests;

public sealed class StateDocumentTests
{
    [Fact]
    public void The_national_name_and_motto_are_bold_with_a_rule_under_the_motto()
    {
        using var docx = Docx.Of(Samples.State());

        var nationalName = docx.Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        var motto = docx.Run("Độc lập - Tự do - Hạnh phúc");

        Docx.IsBold(nationalName).ShouldBeTrue();
        Docx.Size(nationalName).ShouldBe(26);
        Docx.IsBold(motto).ShouldBeTrue();
        Docx.Size(motto).ShouldBe(28);
        Docx.IsRule(docx.Next("Độc lập - Tự do - Hạnh phúc")).ShouldBeTrue();
        docx.Texts().ShouldNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    }

    [Fact]
    public void Parent_body_is_regular_and_issuer_bold_in_capitals_at_13_pt_with_a_short_rule()
    {
        using var docx = Docx.Of(Samples.State());

        var parent = docx.Run("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN");
        var issuer = docx.Run("SỞ NỘI VỤ");
        var rule = docx.Next("SỞ NỘI VỤ");

        Docx.Size(parent).ShouldBe(26);
        Docx.IsBold(parent).ShouldBeFalse();
        Docx.Size(issuer).ShouldBe(26);
        Docx.IsBold(issuer).ShouldBeTrue();
        Docx.IsRule(rule).ShouldBeTrue();
        int.Parse(rule.ParagraphProperties!.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void The_number_has_a_colon_and_shares_a_row_with_the_place_and_date()
    {
        using var docx = Docx.Of(Samples.State());

        var number = docx.Paragraph("Số: 12/BC-SNV");
        var row = number.Ancestors<TableRow>().Single();

        row.InnerText.ShouldContain("Nghệ An, ngày 09 tháng 3 năm 2026");
        Docx.IsItalic(docx.Run("Nghệ An, ngày 09 tháng 3 năm 2026")).ShouldBeTrue();
    }

    [Fact]
    public void A_blank_number_keeps_the_slash_and_symbol()
    {
        using var docx = Docx.Of(Samples.State() with { Number = null, IssuerAbbreviation = "SNV" });

        var number = docx.Texts().Single(t => t.StartsWith("Số:", StringComparison.Ordinal));

        number.ShouldStartWith("Số: \u00A0");
        number.ShouldEndWith("\u00A0/BC-SNV");
    }

    [Fact]
    public void A_letter_without_a_kind_abbreviation_numbers_as_number_slash_issuer()
    {
        using var docx = Docx.Of(Samples.State() with { Number = null, KindAbbreviation = string.Empty, IssuerAbbreviation = "UBND-VX" });

        docx.Texts().Single(t => t.StartsWith("Số:", StringComparison.Ordinal)).ShouldEndWith("\u00A0/UBND-VX");
    }

    [Fact]
    public void The_summary_starts_with_a_capital_and_has_a_short_rule_under_it()
    {
        using var docx = Docx.Of(Samples.State());

        var summary = docx.Run("Kết quả công tác dân vận chính quyền quý I năm 2026");

        Docx.IsBold(summary).ShouldBeTrue();
        Docx.IsRule(docx.Next("Kết quả công tác dân vận chính quyền quý I năm 2026")).ShouldBeTrue();
        Docx.Size(docx.Run("BÁO CÁO")).ShouldBe(28);
    }

    [Fact]
    public void Recipients_are_under_a_bold_italic_label_ending_in_semicolons_and_a_full_stop()
    {
        using var docx = Docx.Of(Samples.State());

        var label = docx.Run("Nơi nhận:");

        Docx.IsBold(label).ShouldBeTrue();
        Docx.IsItalic(label).ShouldBeTrue();
        Docx.Size(label).ShouldBe(24);
        Docx.Size(docx.Run("- UBND tỉnh (để b/c);")).ShouldBe(22);
        docx.Paragraph("- Ban Tuyên giáo và Dân vận Tỉnh ủy;").ShouldNotBeNull();
        docx.Paragraph("- Lưu: VT, VP.").ShouldNotBeNull();
    }

    [Fact]
    public void Authority_and_position_are_both_bold_capitals()
    {
        using var docx = Docx.Of(Samples.State());

        Docx.IsBold(docx.Run("KT. GIÁM ĐỐC")).ShouldBeTrue();
        Docx.IsBold(docx.Run("PHÓ GIÁM ĐỐC")).ShouldBeTrue();
        Docx.IsBold(docx.Run("Trần Thị B")).ShouldBeTrue();
    }
}
