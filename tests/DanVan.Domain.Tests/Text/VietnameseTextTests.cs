using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Đà Nẵng", "da nang")]
    [InlineData("Đắk Lắk", "dak lak")]
    [InlineData("Thủ Đức", "thu duc")]
    [InlineData("Hòa Bình", "hoa binh")]
    [InlineData("Hoà Bình", "hoa binh")]
    [InlineData("Thủy", "thuy")]
    [InlineData("Thuỷ", "thuy")]
    [InlineData("Ðà Nẵng", "da nang")]
    [InlineData("ĐẢNG ỦY", "dang uy")]
    [InlineData("Dân vận khéo", "dan van kheo")]
    [InlineData("Ủy ban MTTQ Việt Nam", "uy ban mttq viet nam")]
    [InlineData("  Phường   Ba\tĐình ", "phuong ba dinh")]
    [InlineData("Ia Mơ", "ia mo")]
    [InlineData("Cư M'gar", "cu m'gar")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_removes_case_diacritics_and_d_stroke(string? text, string expected) =>
        VietnameseText.Fold(text).ShouldBe(expected);

    [Fact]
    public void Fold_treats_decomposed_and_composed_input_alike()
    {
        var decomposed = "Hòa Bình".Normalize(System.Text.NormalizationForm.FormD);

        VietnameseText.Fold(decomposed).ShouldBe(VietnameseText.Fold("Hòa Bình"));
    }

    [Fact]
    public void Search_terms_are_distinct_folded_words_longest_first() =>
        VietnameseText.SearchTerms("  MTTQ  Nghệ An nghe ").ShouldBe(["mttq", "nghe", "an"]);

    [Fact]
    public void Normalize_stores_NFC_and_trims()
    {
        var decomposed = " Nghệ An ".Normalize(System.Text.NormalizationForm.FormD);

        var stored = VietnameseText.Normalize(decomposed);

        stored.ShouldBe("Nghệ An");
        stored.IsNormalized(System.Text.NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public void Collation_sorts_Vietnamese_letters_in_alphabet_order()
    {
        string[] names = ["Đồng Nai", "Điện Biên", "Cà Mau", "Ân Thi", "An Giang", "Dak Lak", "Bắc Ninh", "Ba Vì"];

        var sorted = names.Order(VietnameseText.Collation).ToArray();

        sorted.ShouldBe(["An Giang", "Ân Thi", "Ba Vì", "Bắc Ninh", "Cà Mau", "Dak Lak", "Điện Biên", "Đồng Nai"]);
    }
}
