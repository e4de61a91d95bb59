using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests.Reporting;

public sealed class ValidationRuleTests
{
    private static readonly Dictionary<string, double?> Values = new()
    {
        ["MH_DK"] = 10,
        ["MH_CN"] = 4,
        ["DT_KN"] = 3,
        ["DT_TC"] = 2,
        ["DT_NHAN"] = 5,
        ["EMPTY"] = null,
    };

    [Theory]
    [InlineData("MH_CN", "<=", "MH_DK", false)]
    [InlineData("MH_DK", "<=", "MH_CN", true)]
    [InlineData("DT_KN + DT_TC", "=", "DT_NHAN", false)]
    [InlineData("DT_KN + DT_TC", "!=", "DT_NHAN", true)]
    [InlineData("DT_NHAN - DT_KN", ">", "1", false)]
    [InlineData("DT_NHAN - DT_KN", ">", "2", true)]
    [InlineData("DT_NHAN - DT_KN", "<", "2", true)]
    [InlineData("mh_cn", "≥", "4", false)]
    [InlineData("MH_CN", ">", "4", true)]
    [InlineData("MH_CN", ">=", "4.5", true)]
    [InlineData("EMPTY", "=", "100", false)]
    [InlineData("MH_CN + EMPTY", "=", "100", false)]
    public void A_rule_is_broken_only_when_its_values_disagree(string left, string op, string right, bool broken)
    {
        RuleExpression.TryParse(left, out var l, out _).ShouldBeTrue();
        RuleExpression.TryParse(right, out var r, out _).ShouldBeTrue();
        RuleOperators.TryParse(op, out var o).ShouldBeTrue();

        new ValidationRule(l, o, r, RuleSeverity.Error, "x").IsBrokenBy(code => Values.GetValueOrDefault(code)).ShouldBe(broken);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("- - A")]
    [InlineData("A +")]
    [InlineData("A B")]
    [InlineData("A * B")]
    [InlineData("1,5")]
    [InlineData("1.2.3")]
    [InlineData("<script>")]
    public void Malformed_expressions_are_refused_in_Vietnamese(string text)
    {
        RuleExpression.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void An_expression_lists_its_codes_and_prints_back()
    {
        RuleExpression.TryParse(" dt_kn+DT_TC -2 ", out var expression, out _).ShouldBeTrue();

        expression.Codes.ShouldBe(["DT_KN", "DT_TC"]);
        expression.ToString().ShouldBe("DT_KN + DT_TC - 2");
    }

    [Fact]
    public void A_leading_minus_is_allowed()
    {
        RuleExpression.TryParse("-MH_CN + 10", out var expression, out _).ShouldBeTrue();

        expression.Evaluate(code => Values.GetValueOrDefault(code)).ShouldBe(6);
    }

    [Theory]
    [InlineData(null, null, 5.0, null)]
    [InlineData(0.0, null, -1.0, "không được nhỏ hơn 0")]
    [InlineData(0.0, 100.0, 100.5, "từ 0 đến 100")]
    [InlineData(null, 1000000.0, 1000001.0, "không được lớn hơn 1.000.000")]
    [InlineData(0.0, 100.0, 100.0, null)]
    public void A_value_outside_the_range_is_refused(double? min, double? max, double value, string? message)
    {
        var error = new IndicatorRange(min, max).Check(value);

        if (message is null)
        {
            error.ShouldBeNull();
        }
        else
        {
            error.ShouldNotBeNull().ShouldContain(message);
        }
    }
}
