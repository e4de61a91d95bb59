using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public sealed class VietnameseNumberTests
{
    [Theory]
    [InlineData(1234567.5, 2, "1.234.567,5")]
    [InlineData(26000000000, 0, "26.000.000.000")]
    [InlineData(-3, 2, "-3")]
    [InlineData(0.125, 2, "0,13")]
    [InlineData(-0.001, 2, "0")]
    [InlineData(999.999, 2, "1.000")]
    public void Numbers_print_with_dots_between_thousands_and_a_decimal_comma(double value, int decimals, string text) =>
        VietnameseNumber.ToText(value, decimals).ShouldBe(text);

    [Fact]
    public void Percentages_use_a_decimal_comma() => VietnameseNumber.Percent(12.5).ShouldBe("12,5%");

    [Theory]
    [InlineData("1.234.567,5", 1234567.5)]
    [InlineData("1234567,5", 1234567.5)]
    [InlineData(" 1 234 ", 1234)]
    [InlineData("1234", 1234)]
    [InlineData("-2,5", -2.5)]
    [InlineData("0", 0)]
    [InlineData("1.000", 1000)]
    public void Numbers_typed_the_Vietnamese_way_are_read(string text, double value)
    {
        VietnameseNumber.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,234.5")]
    [InlineData("1..2")]
    [InlineData("12.34")]
    [InlineData("1,")]
    [InlineData("1,2,3")]
    [InlineData("1e5")]
    [InlineData("--1")]
    [InlineData("<script>")]
    public void Anything_else_is_not_a_number(string text) => VietnameseNumber.TryParse(text, out _).ShouldBeFalse();
}
