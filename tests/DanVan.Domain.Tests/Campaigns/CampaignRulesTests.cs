using DanVan.Domain.Campaigns;

namespace DanVan.Domain.Tests.Campaigns;

public sealed class CampaignRulesTests
{
    [Theory]
    [InlineData("2026-01-15", "2026-02-28", "2026-01-14", CampaignPhase.Upcoming)]
    [InlineData("2026-01-15", "2026-02-28", "2026-01-15", CampaignPhase.Running)]
    [InlineData("2026-01-15", "2026-02-28", "2026-02-28", CampaignPhase.Running)]
    [InlineData("2026-01-15", "2026-02-28", "2026-03-01", CampaignPhase.Ended)]
    [InlineData("2026-05-01", "2026-05-01", "2026-05-01", CampaignPhase.Running)]
    public void A_campaign_runs_from_its_first_day_through_its_last(string starts, string ends, string today, CampaignPhase phase) =>
        CampaignPhases.On(Day(starts), Day(ends), Day(today)).ShouldBe(phase);

    [Theory]
    [InlineData("2026-01-14", false)]
    [InlineData("2026-01-15", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-04-29", true)]
    [InlineData("2026-04-30", false)]
    public void Results_are_recorded_within_the_period_or_up_to_sixty_days_after_it(string day, bool accepted) =>
        CampaignPhases.AcceptsResultOn(Day("2026-01-15"), Day("2026-02-28"), Day(day)).ShouldBe(accepted);

    [Fact]
    public void Seen_from_a_province_each_amount_counts_once_in_its_communes_row_and_in_the_total()
    {
        var amounts = new[]
        {
            new CampaignAmount("/1/7/", 1, 2),          // the province itself
            new CampaignAmount("/1/7/42/", 1, 3),       // a commune
            new CampaignAmount("/1/7/42/", 1, 4),       // the same commune again
            new CampaignAmount("/1/7/42/420/", 2, 500), // an organisation under the commune
            new CampaignAmount("/1/7/43/", 2, 1000),    // another commune
            new CampaignAmount("/1/8/50/", 1, 99),      // another province: not counted
        };

        var (rows, total) = CampaignTotals.Consolidate("/1/7/", amounts);

        rows.Select(r => r.ChildId).ShouldBe([null, 42, 43]);
        rows[0].Values.ShouldBe(new Dictionary<long, double> { [1] = 2 });
        rows[1].Values.ShouldBe(new Dictionary<long, double> { [1] = 7, [2] = 500 });
        rows[2].Values.ShouldBe(new Dictionary<long, double> { [2] = 1000 });
        total.ShouldBe(new Dictionary<long, double> { [1] = 9, [2] = 1500 });
    }

    [Fact]
    public void Seen_from_a_commune_only_its_own_subtree_counts()
    {
        var (rows, total) = CampaignTotals.Consolidate("/1/7/42/", [new CampaignAmount("/1/7/", 1, 2), new CampaignAmount("/1/7/42/", 1, 3), new CampaignAmount("/1/7/420/", 1, 50)]);

        rows.ShouldHaveSingleItem().ChildId.ShouldBeNull();
        total.ShouldBe(new Dictionary<long, double> { [1] = 3 });
    }

    [Fact]
    public void Nothing_recorded_gives_no_rows_and_an_empty_total()
    {
        var (rows, total) = CampaignTotals.Consolidate("/1/", []);

        (rows.Count, total.Count).ShouldBe((0, 0));
    }

    [Theory]
    [InlineData("TetCare", true, CampaignKind.TetCare)]
    [InlineData("drive", true, CampaignKind.Drive)]
    [InlineData("3", false, default(CampaignKind))]
    [InlineData("Chăm lo Tết", false, default(CampaignKind))]
    [InlineData("", false, default(CampaignKind))]
    public void A_kind_is_read_by_its_name_only(string text, bool ok, CampaignKind kind)
    {
        CampaignKindNames.TryParse(text, out var parsed).ShouldBe(ok);
        if (ok)
        {
            parsed.ShouldBe(kind);
        }
    }

    [Fact]
    public void Every_standard_indicator_has_its_own_code_and_feeds_at_most_one_report_key()
    {
        CampaignIndicatorCatalog.All.Select(i => i.Code).ShouldBeUnique();
        CampaignIndicatorCatalog.All.Where(i => i.ReportCode is not null).Select(i => (i.ReportCode, i.ReportCategory)).ShouldBeUnique();
        var gifts = CampaignIndicatorCatalog.Find("qua_ngheo")!;
        (gifts.ReportCode, gifts.ReportCategory).ShouldBe(("ASXH_SUAT", 2));
        CampaignIndicatorCatalog.Find("KHONG_CO").ShouldBeNull();
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
