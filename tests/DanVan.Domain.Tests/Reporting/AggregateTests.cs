using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests.Reporting;

public sealed class AggregateTests
{
    [Theory]
    [InlineData(Aggregation.Sum, 18.0)]
    [InlineData(Aggregation.Average, 6.0)]
    [InlineData(Aggregation.Min, 2.0)]
    [InlineData(Aggregation.Max, 10.0)]
    [InlineData(Aggregation.None, null)]
    public void Children_partials_combine_into_the_subtree_figure(Aggregation aggregation, double? expected)
    {
        var child1 = Aggregate.Of(2).Combine(Aggregate.Of(6));
        var child2 = Aggregate.Of(10);

        child1.Combine(child2).ValueFor(aggregation).ShouldBe(expected);
    }

    [Fact]
    public void Combining_with_nothing_changes_nothing() =>
        Aggregate.Empty.Combine(Aggregate.Of(5)).ShouldBe(Aggregate.Of(5));

    [Fact]
    public void No_values_give_no_figure() => Aggregate.Empty.ValueFor(Aggregation.Sum).ShouldBeNull();

    [Theory]
    [InlineData(120.0, 100.0, 20.0, 20.0)]
    [InlineData(80.0, 100.0, -20.0, -20.0)]
    [InlineData(5.0, 0.0, 5.0, null)]
    [InlineData(-5.0, -10.0, 5.0, 50.0)]
    [InlineData(1.0, 3.0, -2.0, -66.7)]
    public void A_change_against_a_baseline(double current, double baseline, double absolute, double? percent)
    {
        var change = new Change(current, baseline);

        change.Absolute.ShouldBe(absolute);
        change.Percent.ShouldBe(percent);
    }

    [Fact]
    public void A_missing_baseline_gives_no_change() => new Change(5, null).Absolute.ShouldBeNull();

    [Theory]
    [InlineData("sum", Aggregation.Sum)]
    [InlineData("Trung bình", Aggregation.Average)]
    [InlineData("trung binh", Aggregation.Average)]
    [InlineData("MAX", Aggregation.Max)]
    [InlineData("khong tong hop", Aggregation.None)]
    public void Aggregations_parse_from_codes_and_names(string text, Aggregation expected)
    {
        AggregationNames.TryParse(text, out var aggregation).ShouldBeTrue();
        aggregation.ShouldBe(expected);
    }
}
