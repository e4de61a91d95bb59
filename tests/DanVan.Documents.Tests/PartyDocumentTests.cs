using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Tests;

public sealed class PartyDocumentTests
{
    [Fact]
    public void The_title_is_bold_15_pt_with_a_rule_under_it()
    {
        using var docx = Docx.Of(Samples.Party());

        var title = docx.Run("ĐẢNG CỘNG SẢN VIỆT NAM");

        Docx.Size(title).ShouldBe(30);
        Docx.IsBold(title).ShouldBeTrue();
        Docx.IsRule(docx.Next("ĐẢNG CỘNG SẢN VIỆT NAM")).ShouldBeTrue();
    }

    [Fact]
    public void Parent_body_is_regular_and_issuer_bold_in_capitals_at_14_pt_above_a_star()
    {
        using var docx = Docx.Of(Samples.Party());

        var parent = docx.Run("ĐẢNG BỘ TỈNH NGHỆ AN");
        var issuer = docx.Run("BAN TUYÊN GIÁO VÀ DÂN VẬN");

        Docx.Size(parent).ShouldBe(28);
        Docx.IsBold(parent).ShouldBeFalse();
        Docx.Size(issuer).ShouldBe(28);
        Docx.IsBold(issuer).ShouldBeTrue();
        docx.Next("BAN TUYÊN GIÁO VÀ DÂN VẬN").InnerText.ShouldBe("*");
    }

    [Fact]
    public void The_number_has_no_colon()
    {
        using var docx = Docx.Of(Samples.Party());

        docx.Next("*").InnerText.ShouldBe("Số 12-BC/BTGDVTU");
        docx.Texts().ShouldNotContain(t => t.StartsWith("Số:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blank_number_leaves_room_for_the_clerk_before_the_kind_and_issuer()
    {
        using var docx = Docx.Of(Samples.Party() with { Number = null, KindAbbreviation = "KH", IssuerAbbreviation = "BTGDVTU" });

        var number = docx.Next("*").InnerText;

        number.ShouldStartWith("Số \u00A0");
        number.ShouldEndWith("\u00A0-KH/BTGDVTU");
    }

    [Fact]
    public void Place_and_date_are_italic_14_pt_under_the_title()
    {
        using var docx = Docx.Of(Samples.Party());

        var date = docx.Run("Vinh, ngày 05 tháng 02 năm 2026");

        Docx.IsItalic(date).ShouldBeTrue();
        Docx.Size(date).ShouldBe(28);
    }

    [Fact]
    public void The_kind_is_bold_capitals_and_the_summary_starts_lower_case_then_dashes()
    {
        using var docx = Docx.Of(Samples.Party());

        var kind = docx.Run("BÁO CÁO");
        var summary = docx.Run("kết quả công tác dân vận quý I năm 2026");

        Docx.IsBold(kind).ShouldBeTrue();
        Docx.Size(kind).ShouldBe(32);
        Docx.Alignment(docx.Paragraph("BÁO CÁO")).ShouldBe(JustificationValues.Center);
        Docx.IsBold(summary).ShouldBeTrue();
        docx.Next("kết quả công tác dân vận quý I năm 2026").InnerText.ShouldBe("-----");
    }

    [Fact]
    public void An_acronym_at_the_start_of_the_summary_keeps_its_capitals()
    {
        using var docx = Docx.Of(Samples.Party() with { Summary = "MTTQ tham gia xây dựng Đảng" });

        docx.Paragraph("MTTQ tham gia xây dựng Đảng").ShouldNotBeNull();
    }

    [Fact]
    public void Recipients_are_under_an_underlined_label_ending_in_commas_and_a_full_stop()
    {
        using var docx = Docx.Of(Samples.Party());

        var label = docx.Run("Nơi nhận:");
        var first = docx.Run("- Ban Thường vụ Tỉnh ủy (để b/c),");

        Docx.IsUnderlined(label).ShouldBeTrue();
        Docx.IsBold(label).ShouldBeFalse();
        Docx.Size(label).ShouldBe(28);
        Docx.Size(first).ShouldBe(24);
        docx.Paragraph("- Ban Dân vận Trung ương (để b/c),").ShouldNotBeNull();
        docx.Paragraph("- Lưu Văn phòng.").ShouldNotBeNull();
    }

    [Fact]
    public void A_deputy_signs_with_the_authority_bold_and_the_position_not_bold()
    {
        using var docx = Docx.Of(Samples.Party());

        Docx.IsBold(docx.Run("K/T TRƯỞNG BAN")).ShouldBeTrue();
        Docx.IsBold(docx.Run("PHÓ TRƯỞNG BAN")).ShouldBeFalse();
        Docx.IsBold(docx.Run("Nguyễn Văn A")).ShouldBeTrue();
        docx.Next("PHÓ TRƯỞNG BAN").InnerText.ShouldBe("Nguyễn Văn A");
    }

    [Fact]
    public void The_head_signing_directly_has_a_bold_position()
    {
        using var docx = Docx.Of(Samples.Party() with { Signature = new DocumentSignature(null, "Trưởng ban", "Lê Văn C") });

        Docx.IsBold(docx.Run("TRƯỞNG BAN")).ShouldBeTrue();
        docx.Texts().ShouldNotContain("K/T TRƯỞNG BAN");
    }
}
