using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Infrastructure.PageForms;
using static DanVan.Web.Tests.Infrastructure.SentimentClient;

namespace DanVan.Web.Tests.Features;

/// <summary>
/// Public sentiment reports, prominent issues, follow-ups and the consolidation through the API and
/// the pages. Each test works on its own communes of Nghệ An (from the 100th on, clear of the demo
/// data and the other features' tests) and, where totals are checked, in a year of its own.
/// </summary>
public abstract class SentimentTests(DanVanFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    [Fact]
    public async Task A_report_is_sent_with_topics_and_issues_corrected_with_its_revision_and_deleted()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var admin = await factory.BearerAsync("admin");
        var (_, commune) = await CommuneAsync(100);
        var topics = await TopicsAsync(clerk);

        var sent = await SendAsync(clerk, Report(commune.Id, assessment: "Concerned",
            topics: [new { topicId = topics["DAT-DAI"], assessment = "Aggrieved", note = "Chậm cấp giấy chứng nhận" }, new { topicId = topics["GIA-CA"], assessment = "", note = "" }],
            issues: [Issue(topics["DAT-DAI"])]));
        var issue = sent.Issues.ShouldHaveSingleItem();
        await FollowUpAsync(clerk, issue.Id, "Monitoring", issue.Revision);
        var corrected = await clerk.PutAsJsonAsync($"/api/v1/sentiment/reports/{sent.Id}", Report(commune.Id, end: "15/03/2025", assessment: "Aggrieved", revision: sent.Revision,
            issues: [Issue(topics["DAT-DAI"], "Tranh chấp ranh giới đất rừng (sửa)", id: issue.Id), Issue(topics["MOI-TRUONG"], "Mùi hôi từ trại chăn nuôi", scale: "OneHamlet", households: 35)]));
        var stale = await clerk.PutAsJsonAsync($"/api/v1/sentiment/reports/{sent.Id}", Report(commune.Id, revision: sent.Revision));

        (sent.Kind, sent.Assessment, sent.AssessmentName, sent.PeriodStart, sent.PeriodEnd).ShouldBe(("Periodic", "Concerned", "Có lo lắng", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)));
        sent.Topics.ShouldHaveSingleItem().ShouldSatisfyAllConditions(t => t.Assessment.ShouldBe("Aggrieved"), t => t.TopicName.ShouldBe("Đất đai"));
        (issue.Households, issue.People, issue.Scale, issue.Status, issue.FoundOn).ShouldBe((1250, 4100, "SeveralHamlets", "Detected", new DateOnly(2025, 3, 31)));
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK, await corrected.Content.ReadAsStringAsync());
        var after = await corrected.ReadAsync<SentimentReportView>();
        (after.Revision, after.Topics.Count, after.Issues.Count).ShouldBe((sent.Revision + 1, 0, 2));
        var kept = after.Issues.Single(i => i.Id == issue.Id);
        (kept.Title, kept.Status, kept.FoundOn).ShouldBe(("Tranh chấp ranh giới đất rừng (sửa)", "Monitoring", new DateOnly(2025, 3, 15)));
        after.Issues.Single(i => i.Id != issue.Id).ShouldSatisfyAllConditions(i => i.Households.ShouldBe(35), i => i.People.ShouldBe(4100), i => i.Status.ShouldBe("Detected"));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.ReadAsync<Problem>()).Detail!.ShouldContain("vừa được người khác sửa");

        (await clerk.DeleteAsync($"/api/v1/sentiment/reports/{sent.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await clerk.GetAsync($"/api/v1/sentiment/reports/{sent.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetAsync($"/api/v1/sentiment/issues/{issue.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var audit = await admin.GetFromJsonAsync<Paged<AuditRow>>($"/api/v1/audit?organizationId={commune.Id}&pageSize=100", ApiClient.Json);
        var id = sent.Id.ToString(CultureInfo.InvariantCulture);
        audit!.Items.Where(a => a.EntityType == "SentimentReport" && a.EntityId == id).Select(a => a.Action).ShouldBe(["Created", "Updated", "Deleted"], ignoreOrder: true);
        audit.Items.ShouldContain(a => a.EntityType == "ProminentIssue" && a.Action == "Deleted");
        audit.Items.ShouldContain(a => a.EntityType == "IssueFollowUp" && a.Action == "Created");
    }

    [Fact]
    public async Task A_prominent_issue_is_followed_up_to_resolved_and_a_refused_or_stale_move_is_409()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(101);
        var topics = await TopicsAsync(clerk);
        var report = await SendAsync(clerk, Report(commune.Id, kind: "AdHoc", start: "", end: "10/02/2025", assessment: "Aggrieved", issues: [Issue(topics["MOI-TRUONG"], "Cá chết hàng loạt trên sông Lam")]));
        var issue = report.Issues.Single();

        var monitored = await FollowUpAsync(clerk, issue.Id, "Monitoring", issue.Revision, on: "11/02/2025");
        var stale = await FollowUpAsync(clerk, issue.Id, "Handling", issue.Revision);
        var backwards = await FollowUpAsync(clerk, issue.Id, "Detected", issue.Revision + 1);
        var resolved = await FollowUpAsync(clerk, issue.Id, "Resolved", issue.Revision + 1, "Đơn vị xả thải đã khắc phục; nhân dân đồng tình", on: "20/02/2025");
        var again = await FollowUpAsync(clerk, issue.Id, "Resolved", null);
        var view = await resolved.ReadAsync<IssueView>();
        var open = await clerk.GetFromJsonAsync<Paged<IssueRow>>($"/api/v1/sentiment/issues?organizationId={commune.Id}&status=Open", ApiClient.Json);
        var done = await clerk.GetFromJsonAsync<Paged<IssueRow>>($"/api/v1/sentiment/issues?organizationId={commune.Id}&status=Resolved&q=ca chet song lam", ApiClient.Json);

        (report.Kind, report.PeriodStart, report.PeriodEnd).ShouldBe(("AdHoc", new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 10)));
        monitored.StatusCode.ShouldBe(HttpStatusCode.Created, await monitored.Content.ReadAsStringAsync());
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.ReadAsync<Problem>()).Detail!.ShouldContain("vừa được người khác cập nhật");
        backwards.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await backwards.ReadAsync<Problem>()).Detail!.ShouldContain("không chuyển về \"Mới phát hiện\"");
        resolved.StatusCode.ShouldBe(HttpStatusCode.Created);
        (view.Issue.Status, view.Issue.StatusName, view.Issue.ResolvedOn).ShouldBe(("Resolved", "Đã giải quyết", new DateOnly(2025, 2, 20)));
        view.FollowUps.Select(f => (f.FromStatus, f.ToStatus)).ShouldBe([("Monitoring", "Resolved"), ("Detected", "Monitoring")]);
        view.NextStatuses.ShouldBe(["Monitoring", "Handling"]);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.ReadAsync<Problem>()).Detail!.ShouldContain("đã được giải quyết");
        open!.Total.ShouldBe(0);
        done!.Items.ShouldHaveSingleItem().Id.ShouldBe(issue.Id);
    }

    [Fact]
    public async Task The_consolidation_counts_by_topic_area_and_quarter_with_the_trend_of_the_inserted_reports()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (province, first) = await CommuneAsync(102);
        var (_, second) = await CommuneAsync(103);
        var topics = await TopicsAsync(clerk);
        await SendAsync(clerk, Report(first.Id, start: "01/01/2019", end: "31/03/2019", assessment: "Stable",
            topics: [new { topicId = topics["DAT-DAI"], assessment = "Concerned" }], issues: [Issue(topics["DAT-DAI"])]));
        var adHoc = await SendAsync(clerk, Report(first.Id, kind: "AdHoc", end: "10/02/2019", assessment: "Aggrieved", issues: [Issue(topics["AN-NINH"], "Tụ tập đông người")]));
        await SendAsync(clerk, Report(second.Id, start: "01/04/2019", end: "30/06/2019", assessment: "Positive", topics: [new { topicId = topics["DAT-DAI"], assessment = "Stable" }]));
        await SendAsync(clerk, Report(province.Id, start: "01/04/2019", end: "30/06/2019", assessment: "Concerned"));
        await SendAsync(clerk, Report(first.Id, start: "01/07/2019", end: "30/09/2019", assessment: "Aggrieved"));
        (await FollowUpAsync(clerk, adHoc.Issues[0].Id, "Resolved", null, on: "15/02/2019")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var result = await ConsolidateAsync(clerk, $"organizationId={province.Id}&from=01/01/2019&to=30/06/2019");
        var monthly = await ConsolidateAsync(clerk, $"organizationId={province.Id}&from=01/01/2019&to=30/06/2019&by=month");

        // Counts are in the order Tích cực, Ổn định, Có lo lắng, Bức xúc.
        (result.Total.Reports, result.AdHocReports, result.Total.Issues, result.Total.OpenIssues, result.ResolvedIssues).ShouldBe((4, 1, 2, 1, 1));
        result.Total.Counts.ShouldBe([1, 1, 1, 1]);
        var firstArea = result.ByArea.Single(a => a.Key == first.Id.ToString(CultureInfo.InvariantCulture));
        (firstArea.Reports, firstArea.Worst, firstArea.Issues, firstArea.OpenIssues).ShouldBe((2, "Aggrieved", 2, 1));
        firstArea.Counts.ShouldBe([0, 1, 0, 1]);
        result.ByArea.Single(a => a.Key == second.Id.ToString(CultureInfo.InvariantCulture)).Counts.ShouldBe([1, 0, 0, 0]);
        result.ByArea[0].ShouldSatisfyAllConditions(a => a.Key.ShouldBe(province.Id.ToString(CultureInfo.InvariantCulture)), a => a.Counts.ShouldBe([0, 0, 1, 0]));
        result.ByArea.Sum(a => a.Reports).ShouldBe(4);
        var land = result.ByTopic.Single(t => t.Key == "DAT-DAI");
        (land.Reports, land.Issues).ShouldBe((2, 1));
        land.Counts.ShouldBe([0, 1, 1, 0]);
        result.ByPeriod.Select(p => (p.Key, p.Reports, p.WorryingShare, p.Change)).ShouldBe([("2019-Q1", 2, 50m, (decimal?)null), ("2019-Q2", 2, 50m, 0m)]);
        monthly.ByPeriod.Select(p => p.Key).ShouldBe(["2019-01", "2019-02", "2019-03", "2019-04", "2019-05", "2019-06"]);
        monthly.ByPeriod.Select(p => p.Reports).ShouldBe([0, 1, 1, 0, 0, 2]);
        monthly.ByPeriod[2].Change.ShouldBe(-100m);

        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var page = await browser.GetStringAsync($"/Sentiment/Consolidation?organizationId={province.Id}&from=01/01/2019&to=30/06/2019");
        var excel = await browser.GetAsync($"/Sentiment/Consolidation?organizationId={province.Id}&from=01/01/2019&to=30/06/2019&handler=Export");
        page.ShouldContain("data-testid=\"trend\"");
        page.ShouldContain("<svg");
        page.ShouldNotContain("style=");
        System.Text.RegularExpressions.Regex.Replace(page, @">\s+<", "><").ShouldContain("<tr data-row=\"2019-Q2\"><th scope=\"row\" class=\"fw-normal\">Quý 2/2019</th><td class=\"num\">2</td>");
        var rows = Workbook.Rows(await excel.Content.ReadAsByteArrayAsync());
        rows[0][0].ShouldBe("Nhóm");
        rows.ShouldContain(r => r[0] == "Tổng số" && r[2] == "4");
    }

    [Fact]
    public async Task The_list_is_filtered_by_days_kind_assessment_topic_and_words_without_diacritics_and_exported_as_filtered()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(104);
        var topics = await TopicsAsync(clerk);
        var land = await SendAsync(clerk, Report(commune.Id, start: "01/01/2020", end: "31/03/2020", assessment: "Concerned", issues: [Issue(topics["DAT-DAI"], "Thu hồi đất làm khu công nghiệp Hoàng Mai")]));
        var adHoc = await SendAsync(clerk, Report(commune.Id, kind: "AdHoc", end: "05/05/2020", assessment: "Aggrieved"));
        var calm = await SendAsync(clerk, Report(commune.Id, start: "01/07/2020", end: "30/09/2020", assessment: "Positive", topics: [new { topicId = topics["VIEC-LAM"], assessment = "Positive" }]));

        async Task<List<long>> Ids(string query) =>
            [.. (await clerk.GetFromJsonAsync<Paged<SentimentReportRow>>($"/api/v1/sentiment/reports?organizationId={commune.Id}&{query}", ApiClient.Json))!.Items.Select(r => r.Id)];

        (await Ids("")).ShouldBe([calm.Id, adHoc.Id, land.Id]);
        (await Ids("kind=AdHoc")).ShouldBe([adHoc.Id]);
        (await Ids("assessment=concerned")).ShouldBe([land.Id]);
        (await Ids($"topic={topics["VIEC-LAM"]}")).ShouldBe([calm.Id]);
        (await Ids($"topic={topics["DAT-DAI"]}")).ShouldBe([land.Id]);
        (await Ids("q=khu cong nghiep HOANG MAI")).ShouldBe([land.Id]);
        (await Ids("from=01/04/2020&to=30/06/2020")).ShouldBe([adHoc.Id]);
        (await Ids("pageSize=1&page=2")).ShouldBe([adHoc.Id]);
        var excel = await (await factory.BrowserAsync("nghean.chuyenvien")).GetAsync($"/Sentiment?organizationId={commune.Id}&assessment=Aggrieved&handler=Export");
        var rows = Workbook.Rows(await excel.Content.ReadAsByteArrayAsync());
        rows.Count.ShouldBe(2);
        (rows[1][1], rows[1][4]).ShouldBe(("Đột xuất", "Bức xúc"));
    }

    [Fact]
    public async Task A_quarterly_report_takes_its_sentiment_indicators_from_the_sentiment_reports()
    {
        var officer = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(105);
        var topics = await TopicsAsync(officer);
        var quarter = new DateOnly(Today.Year, ((Today.Month - 1) / 3 * 3) + 1, 1);
        var day = quarter.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var periodic = await SendAsync(officer, Report(commune.Id, start: day, end: day, issues: [Issue(topics["DOI-SONG"]), Issue(topics["GIA-CA"], "Giá phân bón tăng")]));
        await SendAsync(officer, Report(commune.Id, kind: "AdHoc", end: day, assessment: "Concerned"));
        await SendAsync(officer, Report(commune.Id, start: "01/01/2021", end: "31/03/2021", issues: [Issue(topics["DOI-SONG"])]));
        (await FollowUpAsync(officer, periodic.Issues[0].Id, "Resolved", null, on: day)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var opened = await officer.PostAsJsonAsync("/api/v1/reports", new { formCode = "BC-DV-QUY", organizationId = commune.Id, period = $"{Today.Year}-Q{((Today.Month - 1) / 3) + 1}" });
        var report = await opened.ReadAsync<Sheet>();
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var page = await browser.GetStringAsync($"/Reports/Report/{report.Id}");

        var filled = await PrefillAsync(browser, report.Id, report.Revision);

        page.ShouldContain("tình hình nhân dân");
        filled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await officer.GetFromJsonAsync<Sheet>($"/api/v1/reports/{report.Id}", ApiClient.Json);
        (after!.Value("NTH_BC"), after.Value("NTH_DX"), after.Value("NTH_VD"), after.Value("NTH_VDGQ")).ShouldBe((2, 1, 2, 1));
    }

    [Fact]
    public async Task A_sibling_province_gets_403_from_every_endpoint_and_the_refusal_page_everywhere()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var hueBrowser = await factory.BrowserAsync("hue.chuyenvien");
        var (province, commune) = await CommuneAsync(106);
        var topics = await TopicsAsync(clerk);
        var report = await SendAsync(clerk, Report(commune.Id, issues: [Issue(topics["DAT-DAI"], "Vấn đề chỉ Nghệ An được xem")]));
        var issue = report.Issues[0];

        var answers = new[]
        {
            await hue.GetAsync($"/api/v1/sentiment/reports/{report.Id}"),
            await hue.PutAsJsonAsync($"/api/v1/sentiment/reports/{report.Id}", Report(commune.Id)),
            await hue.DeleteAsync($"/api/v1/sentiment/reports/{report.Id}"),
            await hue.PostAsJsonAsync("/api/v1/sentiment/reports", Report(commune.Id)),
            await hue.GetAsync($"/api/v1/sentiment/reports?organizationId={province.Id}"),
            await hue.GetAsync($"/api/v1/sentiment/issues?organizationId={commune.Id}"),
            await hue.GetAsync($"/api/v1/sentiment/issues/{issue.Id}"),
            await FollowUpAsync(hue, issue.Id, "Monitoring", null),
            await hue.GetAsync($"/api/v1/sentiment/consolidation?organizationId={province.Id}"),
            await hue.PostAsJsonAsync("/api/v1/sentiment/topics", new { code = "MOI", name = "Chủ đề mới" }),
            await hue.PutAsJsonAsync($"/api/v1/sentiment/topics/{topics["DAT-DAI"]}", new { code = "DAT-DAI", name = "Đất" }),
        };
        foreach (var answer in answers)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden, answer.RequestMessage!.RequestUri!.ToString());
            (await answer.Content.ReadAsStringAsync()).ShouldNotContain("Nghệ An được xem");
        }

        foreach (var url in new[]
        {
            $"/Sentiment/Details/{report.Id}", $"/Sentiment/Edit/{report.Id}", $"/Sentiment?organizationId={commune.Id}", $"/Sentiment?organizationId={commune.Id}&handler=Export",
            $"/Sentiment/Issues?organizationId={province.Id}", $"/Sentiment/Issues?organizationId={province.Id}&handler=Export", $"/Sentiment/Issue/{issue.Id}",
            $"/Sentiment/Consolidation?organizationId={province.Id}", $"/Sentiment/Consolidation?organizationId={province.Id}&handler=Export", "/Admin/SentimentTopics",
        })
        {
            var response = await hueBrowser.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }

        (await hue.GetStringAsync("/api/v1/sentiment/issues?status=All&pageSize=100")).ShouldNotContain("Nghệ An được xem");
        (await hue.GetAsync("/api/v1/sentiment/reports/987654321")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await clerk.GetFromJsonAsync<IssueView>($"/api/v1/sentiment/issues/{issue.Id}", ApiClient.Json))!.FollowUps.ShouldBeEmpty();
    }

    [Fact]
    public async Task Bad_input_gets_every_field_named_in_Vietnamese_and_never_a_500()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(107);
        var topics = await TopicsAsync(clerk);
        var report = await SendAsync(clerk, Report(commune.Id, issues: [Issue(topics["DAT-DAI"])]));
        var tomorrow = Today.AddDays(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        var empty = await clerk.PostAsJsonAsync("/api/v1/sentiment/reports", new { });
        var bad = await clerk.PostAsJsonAsync("/api/v1/sentiment/reports", new
        {
            organizationId = commune.Id,
            kind = "Hằng quý",
            periodStart = "31/02/2024",
            periodEnd = tomorrow,
            assessment = "3",
            narrative = new string('x', 8001),
            topics = new object[] { new { topicId = 987654, assessment = "Tốt", note = "\u0001" } },
            issues = new object[] { new { title = "", locality = "<script>alert(1)</script>", scale = "Huge", households = "mười", people = -3 }, new { id = 987654321L, topicId = topics["DAT-DAI"], title = "x", locality = "y", scale = "OneHamlet" } },
        });
        var longPeriod = await clerk.PostAsJsonAsync("/api/v1/sentiment/reports", Report(commune.Id, start: "01/01/2023", end: "31/03/2024"));
        var reversed = await clerk.PostAsJsonAsync("/api/v1/sentiment/reports", Report(commune.Id, start: "01/04/2024", end: "31/03/2024"));
        var badFollowUp = await clerk.PostAsJsonAsync($"/api/v1/sentiment/issues/{report.Issues[0].Id}/follow-ups", new { action = "", status = "Done", on = "hôm qua" });
        var future = await FollowUpAsync(clerk, report.Issues[0].Id, "Handling", null, on: tomorrow);
        var unreadable = await clerk.PostAsync("/api/v1/sentiment/reports", new StringContent("{ \"topics\": 5 }", System.Text.Encoding.UTF8, "application/json"));
        var wrongType = await clerk.PostAsync("/api/v1/sentiment/reports", new StringContent("{ \"organizationId\": \"abc\" }", System.Text.Encoding.UTF8, "application/json"));
        var badQuery = await clerk.GetAsync("/api/v1/sentiment/reports?organizationId=abc&from=32/01/2020&kind=Sometimes&assessment=9&topic=-1&page=0");
        var badIssues = await clerk.GetAsync("/api/v1/sentiment/issues?status=Closed&to=yesterday");
        var badConsolidation = await clerk.GetAsync("/api/v1/sentiment/consolidation?by=week&from=01/01/2020");
        var tooLong = await clerk.GetAsync("/api/v1/sentiment/consolidation?by=month&from=01/01/2000&to=31/12/2025");
        var badTopic = await (await factory.BearerAsync("admin")).PostAsJsonAsync("/api/v1/sentiment/topics", new { code = "đất đai", name = "" });

        (await ErrorsAsync(empty)).Keys.ShouldBe(["OrganizationId", "Kind", "PeriodStart", "PeriodEnd", "Assessment", "Narrative"], ignoreOrder: true);
        var errors = await ErrorsAsync(bad);
        errors.Keys.ShouldBe(["Kind", "PeriodStart", "PeriodEnd", "Assessment", "Narrative", "Topics[0].Note", "Topics[0].Assessment", "Topics[0].TopicId",
            "Issues[0].Title", "Issues[0].TopicId", "Issues[0].Scale", "Issues[0].Households", "Issues[0].People", "Issues[1].Id"], ignoreOrder: true);
        errors["PeriodEnd"].ShouldBe(["Không báo cáo trước cho ngày chưa đến."]);
        errors["Narrative"].ShouldBe(["Nội dung tình hình không được dài quá 8000 ký tự."]);
        errors["Issues[0].Households"].ShouldBe(["Số hộ của vấn đề 1 phải là một số không âm, ví dụ 1.250 hoặc 12,5."]);
        (await ErrorsAsync(longPeriod))["PeriodStart"].ShouldBe(["Một báo cáo định kỳ chỉ bao quát tối đa một năm."]);
        (await ErrorsAsync(reversed))["PeriodStart"].ShouldBe(["Ngày đầu kỳ không được sau ngày cuối kỳ."]);
        (await ErrorsAsync(badFollowUp)).Keys.ShouldBe(["Action", "Status", "On"], ignoreOrder: true);
        (await ErrorsAsync(future)).Keys.ShouldBe(["On"]);
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        wrongType.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(badQuery)).Keys.ShouldBe(["organizationId", "from", "kind", "assessment", "topic", "page"], ignoreOrder: true);
        (await ErrorsAsync(badIssues)).Keys.ShouldBe(["status", "to"], ignoreOrder: true);
        (await ErrorsAsync(badConsolidation)).Keys.ShouldBe(["by", "to"], ignoreOrder: true);
        (await ErrorsAsync(tooLong))["from"].ShouldBe(["Mỗi lần tổng hợp tối đa 36 tháng."]);
        (await ErrorsAsync(badTopic)).Keys.ShouldBe(["Code", "Name"], ignoreOrder: true);
        var after = (await clerk.GetFromJsonAsync<Paged<SentimentReportRow>>($"/api/v1/sentiment/reports?organizationId={commune.Id}", ApiClient.Json))!;
        after.Total.ShouldBe(1);
        (await clerk.GetFromJsonAsync<IssueView>($"/api/v1/sentiment/issues/{report.Issues[0].Id}", ApiClient.Json))!.Issue.Status.ShouldBe("Detected");
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        foreach (var url in new[] { "/Sentiment?from=abc&kind=x", "/Sentiment/Issues?status=x&topic=abc", "/Sentiment/Consolidation?by=x&from=1/1", "/Sentiment?organizationId=99999999" })
        {
            var response = await browser.GetAsync(url);
            ((int)response.StatusCode).ShouldBeLessThan(500, url);
        }
    }

    [Fact]
    public async Task The_pages_send_a_report_follow_an_issue_up_and_delete_the_report_after_a_confirmation()
    {
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(108);
        var topics = await TopicsAsync(clerk);
        var form = new Dictionary<string, string>
        {
            ["Input.OrganizationId"] = commune.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Kind"] = "Periodic",
            ["Input.PeriodStart"] = "01/10/2024",
            ["Input.PeriodEnd"] = "31/12/2024",
            ["Input.Assessment"] = "Concerned",
            ["Input.Narrative"] = "Nhân dân lo lắng về tiến độ bồi thường giải phóng mặt bằng.",
            ["Input.Topics[0].TopicId"] = topics["DAT-DAI"].ToString(CultureInfo.InvariantCulture),
            ["Input.Topics[0].Assessment"] = "Concerned",
            ["Input.Issues[0].TopicId"] = topics["DAT-DAI"].ToString(CultureInfo.InvariantCulture),
            ["Input.Issues[0].Title"] = "Chậm chi trả bồi thường đường ven biển",
            ["Input.Issues[0].Locality"] = "Xóm Đông",
            ["Input.Issues[0].Scale"] = "OneHamlet",
            ["Input.Issues[0].Households"] = "1.200",
        };

        var invalid = await PostFormAsync(browser, "/Sentiment/Edit", new(form) { ["Input.Issues[0].Households"] = "nhiều" });
        var created = await PostFormAsync(browser, "/Sentiment/Edit", form);
        var detailsUrl = created.Headers.Location!.ToString();
        var details = await browser.GetStringAsync(detailsUrl);
        var reportId = long.Parse(detailsUrl[(detailsUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var issue = (await clerk.GetFromJsonAsync<SentimentReportView>($"/api/v1/sentiment/reports/{reportId}", ApiClient.Json))!.Issues.Single();
        var issueUrl = $"/Sentiment/Issue/{issue.Id}";
        var handled = await PostFormAsync(browser, issueUrl, new() { ["FollowUp.Revision"] = "0", ["FollowUp.Status"] = "Handling", ["FollowUp.Action"] = "Đề nghị UBND xã đẩy nhanh chi trả" });
        var stale = await PostFormAsync(browser, issueUrl, new() { ["FollowUp.Revision"] = "0", ["FollowUp.Status"] = "Resolved", ["FollowUp.Action"] = "Đã chi trả" });
        var issuePage = await browser.GetStringAsync(issueUrl);
        var editPage = await browser.GetStringAsync($"/Sentiment/Edit/{reportId}");
        var deleted = await PostFormAsync(browser, detailsUrl + "?handler=Delete", []);

        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("Số hộ của vấn đề 1 phải là một số không âm");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        details.ShouldContain("Đã gửi báo cáo tình hình nhân dân.");
        details.ShouldContain("data-assessment=\"Concerned\">Có lo lắng</span>");
        details.ShouldContain("data-confirm=\"Xóa báo cáo này");
        issue.Households.ShouldBe(1200);
        handled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("vừa được người khác cập nhật");
        issuePage.ShouldContain("data-issue-status=\"Handling\">Đang xử lý</span>");
        issuePage.ShouldContain("Đề nghị UBND xã đẩy nhanh chi trả");
        editPage.ShouldContain("value=\"1.200\"");
        editPage.ShouldContain($"name=\"Input.Issues[0].Id\" value=\"{issue.Id}\"");
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.GetAsync($"/api/v1/sentiment/reports/{reportId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task When_a_commune_merges_its_open_issues_follow_it_and_its_reports_and_resolved_issues_stay_as_history()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var admin = await factory.BearerAsync("nghean.quantri");
        // Two communes' Fatherland Front committees: merging party committees would change the communes every quarterly report expects.
        var central = await factory.BearerAsync("tw.chuyenvien");
        var front = await Orgs.FindAsync(central, "uy ban mttq viet nam tinh nghe an");
        var fronts = (await Orgs.ChildrenAsync(central, front.Id)).Where(o => o.Level == "Commune").OrderBy(o => o.AdminUnitCode, StringComparer.Ordinal).ToList();
        var (source, target) = (fronts[109], fronts[110]);
        var topics = await TopicsAsync(clerk);
        var report = await SendAsync(clerk, Report(source.Id, issues: [Issue(topics["DAT-DAI"], "Vấn đề còn mở khi sáp nhập"), Issue(topics["GIA-CA"], "Vấn đề đã giải quyết trước sáp nhập")]));
        (await FollowUpAsync(clerk, report.Issues[1].Id, "Resolved", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var merged = await admin.PostAsJsonAsync($"/api/v1/organizations/{source.Id}/merge", new { targetId = target.Id, effectiveOn = Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) });

        merged.StatusCode.ShouldBe(HttpStatusCode.OK, await merged.Content.ReadAsStringAsync());
        var after = (await clerk.GetFromJsonAsync<SentimentReportView>($"/api/v1/sentiment/reports/{report.Id}", ApiClient.Json))!;
        after.OrganizationId.ShouldBe(source.Id);
        after.Issues.Select(i => (i.Title, i.OrganizationId)).ShouldBe([("Vấn đề còn mở khi sáp nhập", target.Id), ("Vấn đề đã giải quyết trước sáp nhập", source.Id)]);
        (await clerk.GetFromJsonAsync<Paged<IssueRow>>($"/api/v1/sentiment/issues?organizationId={target.Id}", ApiClient.Json))!.Items.ShouldHaveSingleItem().Id.ShouldBe(report.Issues[0].Id);
    }

    [Fact]
    public async Task Central_administrators_keep_the_topics_and_the_API_is_in_the_OpenAPI_document()
    {
        var admin = await factory.BearerAsync("admin");
        var added = await admin.PostAsJsonAsync("/api/v1/sentiment/topics", new { code = "chuyen-doi-so", name = "Chuyển đổi số", sortOrder = 50 });
        var topics = await TopicsAsync(admin);
        var retired = await admin.PutAsJsonAsync($"/api/v1/sentiment/topics/{topics["CHUYEN-DOI-SO"]}", new { code = "CHUYEN-DOI-SO", name = "Chuyển đổi số", sortOrder = 50, isActive = false });
        var page = await (await factory.BrowserAsync("admin")).GetStringAsync("/Admin/SentimentTopics");
        var form = await (await factory.BrowserAsync("nghean.chuyenvien")).GetStringAsync("/Sentiment/Edit");
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        topics.Keys.ShouldContain("TON-GIAO-DAN-TOC");
        page.ShouldContain("Chuyển đổi số");
        form.ShouldContain("Đánh giá: Đất đai");
        form.ShouldNotContain("Đánh giá: Chuyển đổi số");
        foreach (var path in new[]
        {
            "/api/v1/sentiment/reports", "/api/v1/sentiment/reports/{reportId}", "/api/v1/sentiment/issues", "/api/v1/sentiment/issues/{issueId}",
            "/api/v1/sentiment/issues/{issueId}/follow-ups", "/api/v1/sentiment/consolidation", "/api/v1/sentiment/topics", "/api/v1/sentiment/topics/{topicId}",
        })
        {
            document.ShouldContain($"\"{path}\"", customMessage: path);
        }

        document.ShouldContain("Tình hình nhân dân");
    }

    private async Task<(Org Commission, Org Commune)> CommuneAsync(int index)
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        return (ngheAn, (await Reporting.CommuneCommitteesAsync(central, ngheAn.Id))[index]);
    }
}

[Collection("sqlite")]
public sealed class SqliteSentimentTests(SqliteFixture fixture) : SentimentTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresSentimentTests(PostgresFixture fixture) : SentimentTests(fixture.Factory);
