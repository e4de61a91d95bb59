using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Infrastructure.Reporting;

namespace DanVan.Web.Tests.Features;

public abstract class ReportsWorkflowTests(DanVanFactory factory)
{
    private const string Conflict = "Báo cáo vừa được người khác lưu; dữ liệu của bạn chưa được ghi. Hãy tải lại trang để xem bản mới nhất rồi nhập lại phần thay đổi.";

    [Fact]
    public async Task A_commune_report_is_saved_checked_sent_returned_sent_again_and_approved()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var commune = await factory.BearerAsync("nghean.xa.chuyenvien");
        var leader = await factory.BearerAsync("nghean.lanhdao");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var own = await OwnCommuneAsync(commune);
        var form = await PublishedAsync(provincial, Form(
            NewCode("QT"),
            commission.Id,
            365,
            [Indicator("A", max: 1000), Indicator("B")],
            rules: [Rule("B", "<=", "A", Error, "Số mô hình đạt chuẩn không được vượt quá số đăng ký."), Rule("A", "<=", "500", Warning, "Số đăng ký cao bất thường.")]));

        var opened = await OpenedAsync(commune, form.Code, own.Id, QuartersAgo(1));
        opened.Status.ShouldBe("Draft");
        opened.Revision.ShouldBe(0);
        var saved = await (await SaveAsync(commune, opened.Id, 0, new Dictionary<string, double?> { ["A"] = 10, ["b"] = 4 })).SheetAsync();
        saved.Revision.ShouldBe(1);
        saved.Value("B").ShouldBe(4);

        // A second person still holding revision 0 must not overwrite the first one's values.
        var stale = await SaveAsync(provincial, opened.Id, 0, new Dictionary<string, double?> { ["A"] = 99 });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.ReadAsync<Problem>()).Detail.ShouldBe(Conflict);
        var outOfRange = await SaveAsync(commune, opened.Id, 1, new Dictionary<string, double?> { ["A"] = 1001, ["B"] = -1 });
        outOfRange.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var rangeErrors = (await outOfRange.ReadAsync<Problem>()).Errors.ShouldNotBeNull();
        rangeErrors["Values[A]"].ShouldHaveSingleItem().ShouldBe("Chỉ tiêu A: Giá trị phải từ 0 đến 1.000.");
        rangeErrors["Values[B]"].ShouldHaveSingleItem().ShouldBe("Chỉ tiêu B: Giá trị không được nhỏ hơn 0.");
        var unchanged = await GetAsync(commune, opened.Id);
        (unchanged.Revision, unchanged.Value("A"), unchanged.Value("B")).ShouldBe((1, 10, 4));

        // A broken error rule is shown while filling and blocks sending; a warning does not.
        var broken = await (await SaveAsync(commune, opened.Id, 1, new Dictionary<string, double?> { ["B"] = 20 })).SheetAsync();
        broken.Messages.ShouldHaveSingleItem().Message.ShouldBe("Số mô hình đạt chuẩn không được vượt quá số đăng ký.");
        var refused = await SubmitAsync(commune, opened.Id, broken.Revision);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ReadAsync<Problem>()).Errors!["Values[B]"].ShouldBe(["Số mô hình đạt chuẩn không được vượt quá số đăng ký."]);
        (await GetAsync(commune, opened.Id)).Status.ShouldBe("Draft");
        var fixedUp = await (await SaveAsync(commune, opened.Id, broken.Revision, new Dictionary<string, double?> { ["A"] = 600, ["B"] = 6 })).SheetAsync();
        fixedUp.Messages.ShouldHaveSingleItem().Severity.ShouldBe("Warning");
        var sent = await (await SubmitAsync(commune, opened.Id, fixedUp.Revision)).SheetAsync();
        sent.Status.ShouldBe("Submitted");
        sent.SubmittedBy.ShouldBe("nghean.xa.chuyenvien");
        sent.CanEdit.ShouldBeFalse();
        (await leader.GetFromJsonAsync<List<ReportSummary>>("/api/v1/reports/awaiting-review", ApiClient.Json))!.Select(r => r.Id).ShouldContain(opened.Id);
        (await commune.GetFromJsonAsync<List<ReportSummary>>("/api/v1/reports/awaiting-review", ApiClient.Json))!.ShouldBeEmpty();

        // Nobody reviews their own organisation's report, and a return needs a reason.
        (await ApproveAsync(commune, opened.Id, sent.Revision)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SaveAsync(commune, opened.Id, sent.Revision, new Dictionary<string, double?> { ["A"] = 1 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await GetAsync(leader, opened.Id)).CanReview.ShouldBeTrue();
        var noReason = await ReturnAsync(leader, opened.Id, sent.Revision, "   ");
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.ReadAsync<Problem>()).Errors!["Reason"].ShouldBe(["Vui lòng nhập lý do trả lại."]);
        var returned = await (await ReturnAsync(leader, opened.Id, sent.Revision, "Số đăng ký chưa khớp sổ theo dõi.")).SheetAsync();
        returned.Status.ShouldBe("Returned");
        returned.ReturnReason.ShouldBe("Số đăng ký chưa khớp sổ theo dõi.");

        var corrected = await (await SaveAsync(commune, opened.Id, returned.Revision, new Dictionary<string, double?> { ["A"] = 450 })).SheetAsync();
        var resent = await (await SubmitAsync(commune, opened.Id, corrected.Revision)).SheetAsync();
        resent.Status.ShouldBe("Submitted");
        resent.ReturnReason.ShouldBeNull();
        resent.FirstSubmittedAt.ShouldNotBeNull().ShouldBe(sent.FirstSubmittedAt.ShouldNotBeNull(), TimeSpan.FromMilliseconds(1));
        (await ApproveAsync(leader, opened.Id, resent.Revision - 1)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var approved = await (await ApproveAsync(leader, opened.Id, resent.Revision)).SheetAsync();
        approved.Status.ShouldBe("Approved");
        approved.ReviewedBy.ShouldBe("nghean.lanhdao");
        approved.ApprovalOverride.ShouldBeNull();
        (await leader.GetFromJsonAsync<List<ReportSummary>>("/api/v1/reports/awaiting-review", ApiClient.Json))!.Select(r => r.Id).ShouldNotContain(opened.Id);

        var afterApproval = await SaveAsync(commune, opened.Id, approved.Revision, new Dictionary<string, double?> { ["A"] = 1 });
        afterApproval.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await afterApproval.ReadAsync<Problem>()).Detail.ShouldBe("Báo cáo đã được duyệt nên đã khóa.");
        (await ReturnAsync(leader, opened.Id, approved.Revision, "Muộn rồi")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await GetAsync(commune, opened.Id)).Value("A").ShouldBe(450);

        var history = (await commune.GetFromJsonAsync<List<ValueChange>>($"/api/v1/reports/{opened.Id}/history/A", ApiClient.Json))!;
        history.Select(h => (h.Before, h.After)).ShouldBe([(null, 10), (10, 600), (600, 450)]);
        history.ShouldAllBe(h => h.UserName == "nghean.xa.chuyenvien" && h.Action == "ValuesChanged");
        (await commune.GetFromJsonAsync<List<ValueChange>>($"/api/v1/reports/{opened.Id}/history/b", ApiClient.Json))!
            .Select(h => (h.Before, h.After)).ShouldBe([(null, 4), (4, 20), (20, 6)]);
    }

    [Fact]
    public async Task Approving_a_province_report_before_the_communes_below_needs_a_recorded_reason()
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var nationalLeader = await factory.BearerAsync("tw.lanhdao");
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var provincialLeader = await factory.BearerAsync("nghean.lanhdao");
        var commune = await factory.BearerAsync("nghean.xa.chuyenvien");
        var root = await Orgs.FindAsync(central, "ban tuyen giao va dan van trung uong");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var form = await PublishedAsync(central, Form(NewCode("BU"), root.Id, 365, [Indicator("A")], levels: [ProvinceLevel, CommuneLevel]));
        var period = QuartersAgo(1);
        var below = await OpenedAsync(commune, form.Code, (await OwnCommuneAsync(commune)).Id, period, new Dictionary<string, double?> { ["A"] = 3 }, submit: true);
        var province = await OpenedAsync(provincial, form.Code, commission.Id, period, new Dictionary<string, double?> { ["A"] = 40 }, submit: true);
        province.Status.ShouldBe("Submitted");

        (await ApproveAsync(provincialLeader, province.Id, province.Revision)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var first = await ApproveAsync(nationalLeader, province.Id, province.Revision);
        var approvedBelow = await (await ApproveAsync(provincialLeader, below.Id, below.Revision)).SheetAsync();
        var second = await ApproveAsync(nationalLeader, province.Id, province.Revision);

        approvedBelow.Status.ShouldBe("Approved");
        approvedBelow.ApprovalOverride.ShouldBeNull();
        first.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var pendingBefore = PendingCount((await first.ReadAsync<Problem>()).Errors!["Override"].ShouldHaveSingleItem());
        var pendingAfter = PendingCount((await second.ReadAsync<Problem>()).Errors!["Override"].ShouldHaveSingleItem());
        pendingBefore.ShouldBeGreaterThan(1);
        pendingAfter.ShouldBe(pendingBefore - 1);
        (await GetAsync(provincial, province.Id)).Status.ShouldBe("Submitted");

        var reason = "Số liệu tỉnh cần gửi Trung ương trước hạn; các xã duyệt bổ sung sau.";
        var approved = await (await ApproveAsync(nationalLeader, province.Id, province.Revision, reason)).SheetAsync();
        approved.Status.ShouldBe("Approved");
        approved.ApprovalOverride.ShouldBe(reason);
        approved.ReviewedBy.ShouldBe("tw.lanhdao");
        (await GetAsync(provincial, province.Id)).ApprovalOverride.ShouldBe(reason);
    }

    [Fact]
    public async Task Another_provinces_users_and_anonymous_callers_cannot_read_or_change_a_report()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var commune = await factory.BearerAsync("nghean.xa.chuyenvien");
        var stranger = await factory.BearerAsync("hue.chuyenvien");
        var strangerLeader = await factory.BearerAsync("hue.lanhdao");
        var anonymous = factory.CreateClient();
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var communes = await CommuneCommitteesAsync(provincial, commission.Id);
        var own = await OwnCommuneAsync(commune);
        var neighbour = communes.First(c => c.Id != own.Id);
        var form = await PublishedAsync(provincial, Form(NewCode("QH"), commission.Id, 365, [Indicator("A")]));
        var period = QuartersAgo(1);
        var report = await OpenedAsync(provincial, form.Code, neighbour.Id, period, new Dictionary<string, double?> { ["A"] = 7 }, submit: true);
        var consolidation = $"/api/v1/organizations/{commission.Id}/reports/consolidation?form={form.Code}&period={period}";

        (await stranger.GetAsync($"/api/v1/reports/{report.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SaveAsync(stranger, report.Id, report.Revision, new Dictionary<string, double?> { ["A"] = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync($"/api/v1/reports/{report.Id}/history/A")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReturnAsync(strangerLeader, report.Id, report.Revision, "Không phải việc của tỉnh khác")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync(consolidation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await stranger.GetAsync($"/api/v1/organizations/{commission.Id}/reports/completeness?form={form.Code}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await OpenAsync(stranger, form.Code, neighbour.Id, QuartersAgo(2))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // A commune officer reaches only their own commune.
        (await commune.GetAsync($"/api/v1/reports/{report.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await commune.GetAsync(consolidation)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await anonymous.GetAsync($"/api/v1/reports/{report.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SaveAsync(anonymous, report.Id, report.Revision, new Dictionary<string, double?> { ["A"] = 1 })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(consolidation)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/v1/report-forms", Form(NewCode("AN"), commission.Id, 10, [Indicator("A")]))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var untouched = await GetAsync(provincial, report.Id);
        (untouched.Status, untouched.Revision, untouched.Value("A")).ShouldBe(("Submitted", report.Revision, 7));
    }

    [Fact]
    public async Task Opening_and_saving_check_the_form_the_period_the_organisation_and_the_indicator()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await CommuneCommitteesAsync(provincial, commission.Id))[0];
        var form = await PublishedAsync(provincial, Form(NewCode("MO"), commission.Id, 365, [Indicator("A")]));
        var draft = await CreateAsync(provincial, Form(NewCode("NHAP"), commission.Id, 365, [Indicator("A")]));

        var future = await OpenAsync(provincial, form.Code, commune.Id, QuartersAgo(-1));
        var monthly = await OpenAsync(provincial, form.Code, commune.Id, "2026-M01");
        var notOwing = await OpenAsync(provincial, form.Code, commission.Id, QuartersAgo(1));
        var unpublished = await OpenAsync(provincial, draft.Code, commune.Id, QuartersAgo(1));
        var report = await OpenedAsync(provincial, form.Code, commune.Id, QuartersAgo(1));
        var unknown = await SaveAsync(provincial, report.Id, report.Revision, new Dictionary<string, double?> { ["A"] = 1, ["Z"] = 2 });

        (await future.ReadAsync<Problem>()).Errors!["Period"].ShouldHaveSingleItem().ShouldEndWith("chưa bắt đầu.");
        (await monthly.ReadAsync<Problem>()).Errors!["Period"].ShouldBe(["Kỳ báo cáo không hợp lệ; biểu mẫu này báo cáo theo quý."]);
        (await notOwing.ReadAsync<Problem>()).Errors!["OrganizationId"].ShouldBe([$"{commission.Name} không thuộc diện báo cáo theo biểu mẫu {form.Code}."]);
        (await unpublished.ReadAsync<Problem>()).Errors!["FormCode"].ShouldBe(["Không có biểu mẫu đang áp dụng với mã này."]);
        new[] { future, monthly, notOwing, unpublished, unknown }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest);
        var unknownErrors = (await unknown.ReadAsync<Problem>()).Errors.ShouldNotBeNull();
        unknownErrors.Keys.ShouldBe(["Values[Z]"]);
        unknownErrors["Values[Z]"].ShouldBe(["Biểu mẫu không có chỉ tiêu \"Z\"."]);
        var nothing = await provincial.PutAsync($"/api/v1/reports/{report.Id}/values", new StringContent($"{{\"revision\":{report.Revision},\"values\":null,\"narratives\":null}}", System.Text.Encoding.UTF8, "application/json"));
        (await nothing.SheetAsync()).Revision.ShouldBe(report.Revision, "a null list changes nothing");
        (await GetAsync(provincial, report.Id)).Value("A").ShouldBeNull();
    }

    [Fact]
    public async Task A_period_past_its_lock_date_refuses_changes()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await CommuneCommitteesAsync(provincial, commission.Id))[0];
        var body = new { code = NewCode("KS"), name = "Báo cáo có khóa sổ", periodType = Quarter, ownerOrganizationId = commission.Id, deadlineDays = 0, lockAfterDays = 0, submitterLevels = new[] { CommuneLevel }, indicators = new[] { Indicator("A") } };
        var form = await PublishedAsync(provincial, body);

        var report = await OpenedAsync(provincial, form.Code, commune.Id, QuartersAgo(1));
        var save = await SaveAsync(provincial, report.Id, report.Revision, new Dictionary<string, double?> { ["A"] = 1 });

        report.CanEdit.ShouldBeFalse();
        save.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await save.ReadAsync<Problem>()).Detail.ShouldBe("Kỳ báo cáo đã khóa; đề nghị cấp trên mở khóa cho đơn vị trước khi sửa hoặc gửi.");
        (await SubmitAsync(provincial, report.Id, report.Revision)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await GetAsync(provincial, report.Id)).Value("A").ShouldBeNull();
    }

    [Fact]
    public async Task Reports_opened_filled_and_sent_in_one_call_at_the_same_moment_are_each_stored_once_with_their_trail()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var communes = (await CommuneCommitteesAsync(provincial, commission.Id)).Take(13).ToList();
        var form = await PublishedAsync(provincial, Form(NewCode("GC"), commission.Id, 365, [Indicator("A"), Indicator("B")],
            rules: [Rule("B", "<=", "A", Error, "B không được vượt quá A."), Rule("A", "<=", "15", Warning, "A cao bất thường.")]));
        var period = QuartersAgo(1);
        var senders = communes.Take(12).ToList();
        var refused = communes[12];

        // Twelve reports, one that breaks the form's rule, and the first commune's report a second time, all at once.
        // The last one asks for the brief answer, as a system sending its figures does.
        var answers = await Task.WhenAll(senders.SkipLast(1)
            .Select((c, i) => OpenAsync(provincial, form.Code, c.Id, period, new Dictionary<string, double?> { ["A"] = 10 + i, ["B"] = i }, submit: true))
            .Append(provincial.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports")
            {
                Headers = { { "Prefer", "return=minimal" } },
                Content = JsonContent.Create(new { formCode = form.Code, organizationId = senders[11].Id, period, values = new Dictionary<string, double?> { ["A"] = 21, ["B"] = 11 }, submit = true }),
            }))
            .Append(OpenAsync(provincial, form.Code, refused.Id, period, new Dictionary<string, double?> { ["A"] = 1, ["B"] = 5 }, submit: true))
            .Append(OpenAsync(provincial, form.Code, senders[0].Id, period, new Dictionary<string, double?> { ["A"] = 99, ["B"] = 0 }, submit: true)));

        var twice = new[] { answers[0], answers[13] };
        twice.Select(a => a.StatusCode).Order().ToList().ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict], "one of the two calls for the same report wins; the other overwrites nothing");
        var winner = await twice.Single(a => a.StatusCode == HttpStatusCode.Created).ReadAsync<Sheet>();
        (await GetAsync(provincial, winner.Id)).Value("A").ShouldBe(winner.Value("A"));
        for (var i = 1; i < senders.Count - 1; i++)
        {
            answers[i].StatusCode.ShouldBe(HttpStatusCode.Created, await answers[i].Content.ReadAsStringAsync());
            var sent = await answers[i].ReadAsync<Sheet>();
            (sent.OrganizationId, sent.Status, sent.Revision, sent.Value("A"), sent.Value("B")).ShouldBe((senders[i].Id, "Submitted", 2, 10 + i, i));
            sent.Messages.Select(m => m.Message).ShouldBe(10 + i > 15 ? ["A cao bất thường."] : []);
            answers[i].Headers.Contains("Preference-Applied").ShouldBeFalse();
            (await GetAsync(provincial, sent.Id)).Value("A").ShouldBe(10 + i);
            var history = (await provincial.GetFromJsonAsync<List<ValueChange>>($"/api/v1/reports/{sent.Id}/history/A", ApiClient.Json))!;
            history.Select(h => (h.Before, h.After, h.Action, h.UserName)).ShouldBe([(null, 10 + i, "ValuesChanged", "nghean.chuyenvien")]);
        }

        var brief = answers[11];
        brief.StatusCode.ShouldBe(HttpStatusCode.Created, await brief.Content.ReadAsStringAsync());
        brief.Headers.GetValues("Preference-Applied").ShouldBe(["return=minimal"]);
        var receipt = await brief.ReadAsync<ReportReceipt>();
        (receipt.OrganizationId, receipt.FormCode, receipt.PeriodKey, receipt.Status, receipt.Revision).ShouldBe((senders[11].Id, form.Code, period, "Submitted", 2));
        var warning = receipt.Messages.ShouldHaveSingleItem("the receipt carries the rules' warnings");
        (warning.Severity, warning.Message, warning.Codes.Single()).ShouldBe(("Warning", "A cao bất thường.", "A"));
        brief.Headers.Location!.ToString().ShouldBe($"/api/v1/reports/{receipt.Id}");
        (await GetAsync(provincial, receipt.Id)).Value("A").ShouldBe(21);

        answers[12].StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await answers[12].ReadAsync<Problem>()).Errors!["Values[B]"].ShouldBe(["B không được vượt quá A."]);
        var (_, rows, _) = await GridAsync(provincial, commission.Id, form.Code);
        rows.Single(r => r.OrganizationId == refused.Id).Cells.Single(c => c!.PeriodKey == period)!.ReportId.ShouldBeNull("a refused report leaves nothing behind");
        rows.Where(r => senders.Any(s => s.Id == r.OrganizationId)).Select(r => r.Cells.Single(c => c!.PeriodKey == period)!.ReportId).Distinct().Count().ShouldBe(senders.Count);
    }

    /// <summary>The organisation a commune officer holds a role in: the only one they see.</summary>
    public static async Task<Org> OwnCommuneAsync(HttpClient commune) =>
        (await commune.GetFromJsonAsync<Paged<Org>>("/api/v1/organizations?pageSize=100", ApiClient.Json))!.Items.ShouldHaveSingleItem();

    private static int PendingCount(string message)
    {
        message.ShouldEndWith("đơn vị cấp dưới chưa được duyệt báo cáo. Duyệt trước thì phải ghi lý do.");
        return int.Parse(message.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}

[Collection("sqlite")]
public sealed class SqliteReportsWorkflowTests(SqliteFixture fixture) : ReportsWorkflowTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresReportsWorkflowTests(PostgresFixture fixture) : ReportsWorkflowTests(fixture.Factory);
