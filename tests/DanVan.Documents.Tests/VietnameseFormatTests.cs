namespace DanVan.Documents.Tests;

public sealed class VietnameseFormatTests
{
    [Theory]
    [InlineData(1234567.5, 2, "1.234.567,5")]
    [InlineData(-3, 2, "-3")]
    [InlineData(0, 2, "0")]
    [InlineData(999, 2, "999")]
    [InlineData(1000, 2, "1.000")]
    [InlineData(-1234.567, 2, "-1.234,57")]
    [InlineData(1.005, 2, "1,01")]
    [InlineData(2.5, 0, "3")]
    [InlineData(-2.5, 0, "-3")]
    [InlineData(999.999, 2, "1.000")]
    [InlineData(0.1 + 0.2, 2, "0,3")]
    [InlineData(-0.001, 2, "0")]
    [InlineData(12.3456, 3, "12,346")]
    [InlineData(1e18, 2, "1.000.000.000.000.000.000")]
    public void Numbers_use_dot_for_thousands_and_comma_for_decimals_rounded_without_trailing_zeros(double value, int maxDecimals, string expected) =>
        VietnameseFormat.Number(value, maxDecimals).ShouldBe(expected);

    [Fact]
    public void Numbers_ignore_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("en-US");
            VietnameseFormat.Number(1234.5).ShouldBe("1.234,5");
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            VietnameseFormat.Percent(1234.5).ShouldBe("1.234,5%");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Numbers_that_are_not_finite_are_refused(double value) =>
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseFormat.Number(value));

    [Theory]
    [InlineData(12.5, 1, "12,5%")]
    [InlineData(12, 1, "12,0%")]
    [InlineData(100, 0, "100%")]
    [InlineData(33.333, 2, "33,33%")]
    [InlineData(66.666, 1, "66,7%")]
    [InlineData(-4.25, 1, "-4,3%")]
    [InlineData(-0.04, 1, "0,0%")]
    [InlineData(1250, 1, "1.250,0%")]
    public void Percentages_keep_a_fixed_number_of_decimals(double value, int decimals, string expected) =>
        VietnameseFormat.Percent(value, decimals).ShouldBe(expected);

    [Theory]
    [InlineData("Vinh", 2026, 2, 5, "Vinh, ngày 05 tháng 02 năm 2026")]
    [InlineData("Vinh", 2026, 1, 31, "Vinh, ngày 31 tháng 01 năm 2026")]
    [InlineData("Hạ Long", 2026, 3, 9, "Hạ Long, ngày 09 tháng 3 năm 2026")]
    [InlineData("Huế", 2026, 12, 25, "Huế, ngày 25 tháng 12 năm 2026")]
    [InlineData(" Hà Nội ", 2026, 10, 1, "Hà Nội, ngày 01 tháng 10 năm 2026")]
    [InlineData("", 2026, 4, 30, "Ngày 30 tháng 4 năm 2026")]
    public void Long_dates_pad_days_below_10_and_months_1_and_2(string place, int year, int month, int day, string expected) =>
        VietnameseFormat.LongDate(place, new DateOnly(year, month, day)).ShouldBe(expected);

    [Theory]
    [InlineData("1.234.567,5", 1234567.5)]
    [InlineData("1234567,5", 1234567.5)]
    [InlineData("1234567", 1234567)]
    [InlineData("-2,5", -2.5)]
    [InlineData("  42 ", 42)]
    [InlineData("1.234", 1234)]
    [InlineData("0,05", 0.05)]
    [InlineData("+7", 7)]
    [InlineData("-1.000", -1000)]
    public void Vietnamese_numbers_parse(string text, double expected)
    {
        VietnameseFormat.TryParseNumber(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("1,234.5")]
    [InlineData("abc")]
    [InlineData("1..2")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("1.5")]
    [InlineData("12.34.567")]
    [InlineData("1234.567")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("1,2,3")]
    [InlineData("-")]
    [InlineData("1 234")]
    [InlineData("--1")]
    [InlineData("1e5")]
    [InlineData("١٢")]
    public void Other_text_does_not_parse(string? text)
    {
        VietnameseFormat.TryParseNumber(text, out var value).ShouldBeFalse();
        value.ShouldBe(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1234567.5)]
    [InlineData(0.25)]
    [InlineData(98765.43)]
    public void Formatted_numbers_parse_back(double value)
    {
        VietnameseFormat.TryParseNumber(VietnameseFormat.Number(value), out var parsed).ShouldBeTrue();
        parsed.ShouldBe(value);
    }
}
