using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Infrastructure.Reporting;

namespace DanVan.Web.Tests.Features;

public abstract class ConsolidationTests(DanVanFactory factory)
{
    [Fact]
    public async Task A_province_consolidation_sums_the_sent_commune_reports_by_child_with_completeness_and_comparisons()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var commune = await factory.BearerAsync("nghean.xa.chuyenvien");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var committees = await CommuneCommitteesAsync(provincial, commission.Id);
        var own = await ReportsWorkflowTests.OwnCommuneAsync(commune);
        var (first, second, draftOnly) = (own, committees.First(c => c.Id != own.Id), committees.Last(c => c.Id != own.Id));
        var form = await PublishedAsync(provincial, Form(
            NewCode("TH"),
            commission.Id,
            365,
            [Indicator("X"), Indicator("Y", Average)],
            typeIds: [await TypeIdAsync(provincial, "DANG_UY")]));
        var period = QuartersAgo(1);
        await OpenedAsync(commune, form.Code, first.Id, period, new Dictionary<string, double?> { ["X"] = 10, ["Y"] = 2 }, submit: true);
        await OpenedAsync(provincial, form.Code, second.Id, period, new Dictionary<string, double?> { ["X"] = 5, ["Y"] = 4 }, submit: true);
        await OpenedAsync(provincial, form.Code, draftOnly.Id, period, new Dictionary<string, double?> { ["X"] = 1000, ["Y"] = 1000 });
        await OpenedAsync(commune, form.Code, first.Id, QuartersAgo(2), new Dictionary<string, double?> { ["X"] = 8 }, submit: true);
        await OpenedAsync(provincial, form.Code, second.Id, QuartersAgo(5), new Dictionary<string, double?> { ["X"] = 20 }, submit: true);

        var result = await ConsolidationAsync(provincial, commission.Id, form.Code.ToLowerInvariant(), period);

        result.PeriodKey.ShouldBe(period);
        result.PreviousKey.ShouldBe(QuartersAgo(2));
        var x = result.Indicator("X");
        (x.Value, x.Previous, x.LastYear).ShouldBe((15, 8, 20));
        (x.SincePrevious.Absolute, x.SincePrevious.Percent).ShouldBe((7, 87.5));
        (x.SinceLastYear.Absolute, x.SinceLastYear.Percent).ShouldBe((-5, -25));
        result.Indicator("Y").Value.ShouldBe(3, "an average is over the reports sent, drafts left out");
        result.Child(first.Id).Values["X"].ShouldBe(10);
        result.Child(second.Id).Values["Y"].ShouldBe(4);
        result.Child(draftOnly.Id).Values["X"].ShouldBeNull();
        result.Child(first.Id).Completeness.ShouldBe(new Completeness(1, 1, 0, 0, 0, 0, 1, 100, 100));
        result.Child(draftOnly.Id).Completeness.NotYetDue.ShouldBe(1);
        result.Children.ShouldNotContain(c => c.IsSelf);
        var expected = committees.Count;
        var total = result.Completeness;
        (total.Expected, total.Received, total.OnTime, total.Late, total.Missing, total.NotYetDue).ShouldBe((expected, 2, 2, 0, 0, expected - 2));
        total.ReceivedRate.ShouldBe(Math.Round(200.0 / expected, 1));
        total.ReceivedRate!.Value.ShouldBeLessThanOrEqualTo(100);

        // The centre sees the same figures, under the province's row.
        var national = await ConsolidationAsync(await factory.BearerAsync("tw.chuyenvien"), commission.ParentId!.Value, form.Code, period);
        (national.Indicator("X").Value, national.Indicator("X").Previous).ShouldBe((15, 8));
        national.Child(commission.Id).Values["X"].ShouldBe(15);
        national.Child(commission.Id).Completeness.Received.ShouldBe(2);
        national.Completeness.Expected.ShouldBe(expected);

        var wrongPeriod = await provincial.GetAsync($"/api/v1/organizations/{commission.Id}/reports/consolidation?form={form.Code}&period=2026-M01");
        wrongPeriod.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongPeriod.ReadAsync<Problem>()).Errors!["form"].ShouldBe(["Kỳ báo cáo không hợp lệ với biểu mẫu này."]);
    }

    [Fact]
    public async Task Narrative_of_sent_child_reports_is_compiled_under_the_forms_headings()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var committees = await CommuneCommitteesAsync(provincial, commission.Id);
        var form = await PublishedAsync(provincial, Form(NewCode("ND"), commission.Id, 365, [Indicator("X")], sections: [new { code = "KQ", title = "Kết quả nổi bật" }]));
        var period = QuartersAgo(1);

        var sent = await provincial.PostAsJsonAsync("/api/v1/reports", new { formCode = form.Code, organizationId = committees[1].Id, period, values = new Dictionary<string, double> { ["X"] = 1 }, narratives = new Dictionary<string, string> { ["KQ"] = "Ra mắt 3 mô hình dân vận khéo." }, submit = true });
        var draft = await provincial.PostAsJsonAsync("/api/v1/reports", new { formCode = form.Code, organizationId = committees[2].Id, period, narratives = new Dictionary<string, string> { ["KQ"] = "Bản nháp chưa gửi." } });

        sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var section = (await ConsolidationAsync(provincial, commission.Id, form.Code, period)).Sections.ShouldHaveSingleItem();
        section.Title.ShouldBe("Kết quả nổi bật");
        var entry = section.Entries.ShouldHaveSingleItem();
        (entry.OrganizationId, entry.Text).ShouldBe((committees[1].Id, "Ra mắt 3 mô hình dân vận khéo."));
    }

    [Fact]
    public async Task A_merged_communes_report_keeps_its_author_and_counts_under_its_successor()
    {
        var provincial = await factory.BearerAsync("daklak.chuyenvien");
        var admin = await factory.BearerAsync("daklak.quantri");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy dak lak");
        // The last two communes: the organisation tests merge the first two.
        var committees = await CommuneCommitteesAsync(provincial, commission.Id);
        var (source, successor) = (committees[^1], committees[^2]);
        var form = await PublishedAsync(provincial, Form(NewCode("HN"), commission.Id, 365, [Indicator("X")]));
        var period = QuartersAgo(1);
        var merged = await OpenedAsync(provincial, form.Code, source.Id, period, new Dictionary<string, double?> { ["X"] = 7 }, submit: true);
        await OpenedAsync(provincial, form.Code, successor.Id, period, new Dictionary<string, double?> { ["X"] = 3 }, submit: true);
        var today = DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

        var merge = await admin.PostAsJsonAsync($"/api/v1/organizations/{source.Id}/merge", new { targetId = successor.Id, effectiveOn = today });

        merge.StatusCode.ShouldBe(HttpStatusCode.OK, await merge.Content.ReadAsStringAsync());
        var kept = await GetAsync(provincial, merged.Id);
        (kept.OrganizationId, kept.OrganizationName, kept.Status, kept.Value("X")).ShouldBe((source.Id, source.Name, "Submitted", 7));
        var province = await ConsolidationAsync(provincial, commission.Id, form.Code, period);
        province.Indicator("X").Value.ShouldBe(10);
        province.Child(successor.Id).Values["X"].ShouldBe(10);
        province.Completeness.Received.ShouldBe(2, "the merged commune still owed the period, which ended before the merge");
        var own = await ConsolidationAsync(provincial, successor.Id, form.Code, period);
        own.Indicator("X").Value.ShouldBe(10);
        own.Children.ShouldHaveSingleItem().IsSelf.ShouldBeTrue();
    }

    [Fact]
    public async Task A_report_made_after_two_merges_counts_under_the_last_successor()
    {
        var provincial = await factory.BearerAsync("daklak.chuyenvien");
        var admin = await factory.BearerAsync("daklak.quantri");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy dak lak");
        var committees = await CommuneCommitteesAsync(provincial, commission.Id);
        var (first, middle, last) = (committees[^5], committees[^4], committees[^3]);
        var form = await PublishedAsync(provincial, Form(NewCode("HN2"), commission.Id, 365, [Indicator("X")]));
        var period = QuartersAgo(1);
        var today = DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        (await admin.PostAsJsonAsync($"/api/v1/organizations/{first.Id}/merge", new { targetId = middle.Id, effectiveOn = today })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/organizations/{middle.Id}/merge", new { targetId = last.Id, effectiveOn = today })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The first commune still owes the period, which ended before it merged; it reports late.
        var report = await OpenedAsync(provincial, form.Code, first.Id, period, new Dictionary<string, double?> { ["X"] = 5 }, submit: true);

        report.OrganizationId.ShouldBe(first.Id);
        (await ConsolidationAsync(provincial, last.Id, form.Code, period)).Indicator("X").Value.ShouldBe(5);
        var province = await ConsolidationAsync(provincial, commission.Id, form.Code, period);
        province.Indicator("X").Value.ShouldBe(5);
        province.Child(last.Id).Values["X"].ShouldBe(5);
    }

    [Fact]
    public async Task The_completeness_grid_shows_every_expected_commune_with_its_state()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var leader = await factory.BearerAsync("nghean.lanhdao");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var committees = await CommuneCommitteesAsync(provincial, commission.Id);
        // Due on the quarter's last day, so every report for the last quarter is late or missing.
        var form = await PublishedAsync(provincial, Form(NewCode("DD"), commission.Id, 0, [Indicator("X")], typeIds: [await TypeIdAsync(provincial, "DANG_UY")]));
        var period = QuartersAgo(1);
        var late = await OpenedAsync(provincial, form.Code, committees[0].Id, period, new Dictionary<string, double?> { ["X"] = 1 }, submit: true);
        var sent = await OpenedAsync(provincial, form.Code, committees[1].Id, period, new Dictionary<string, double?> { ["X"] = 2 }, submit: true);
        (await ReturnAsync(leader, sent.Id, sent.Revision, "Thiếu số liệu.")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var draft = await OpenedAsync(provincial, form.Code, committees[2].Id, period);

        var (periods, rows, total) = await GridAsync(provincial, commission.Id, form.Code);

        periods.Select(p => p.Key).ShouldBe([QuartersAgo(0), period, QuartersAgo(2), QuartersAgo(3)]);
        total.ShouldBe(committees.Count);
        rows.Select(r => r.OrganizationId).ShouldBe(committees.Select(c => c.Id), ignoreOrder: true);
        rows.ShouldAllBe(r => r.Cells.Count == 4);
        PeriodCell Cell(int organizationId) => rows.Single(r => r.OrganizationId == organizationId).Cells[1].ShouldNotBeNull();
        (Cell(committees[0].Id).State, Cell(committees[0].Id).ReportId, Cell(committees[0].Id).Status).ShouldBe(("Late", late.Id, "Submitted"));
        (Cell(committees[1].Id).State, Cell(committees[1].Id).Status).ShouldBe(("Returned", "Returned"));
        (Cell(committees[2].Id).State, Cell(committees[2].Id).ReportId).ShouldBe(("Missing", draft.Id));
        (Cell(committees[3].Id).State, Cell(committees[3].Id).ReportId).ShouldBe(("Missing", null));
        rows.ShouldAllBe(r => r.Cells[0]!.State == "NotYetDue");
        var tally = periods[1].Completeness;
        (tally.Expected, tally.Late, tally.OnTime, tally.Returned, tally.Missing, tally.NotYetDue).ShouldBe((committees.Count, 1, 0, 1, committees.Count - 2, 0));
        periods[0].Completeness.NotYetDue.ShouldBe(committees.Count);
    }
}

[Collection("sqlite")]
public sealed class SqliteConsolidationTests(SqliteFixture fixture) : ConsolidationTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresConsolidationTests(PostgresFixture fixture) : ConsolidationTests(fixture.Factory);
