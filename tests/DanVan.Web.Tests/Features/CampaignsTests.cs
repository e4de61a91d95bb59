using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Infrastructure.CampaignClient;

namespace DanVan.Web.Tests.Features;

/// <summary>
/// Campaigns (phong trào, cuộc vận động, chăm lo Tết) through the API and the pages. Each test
/// records for its own communes of Nghệ An (from the 80th on, clear of the other features' tests).
/// </summary>
public abstract class CampaignsTests(DanVanFactory factory)
{
    private static readonly string[] UnknownCode = ["KHONG_CO"];

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static string Show(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static object Running(int hostId, string name, string[]? codes = null, object[]? own = null) =>
        Campaign(hostId, name, startsOn: Show(Today.AddDays(-30)), endsOn: Show(Today.AddDays(30)), codes: codes, own: own);

    [Fact]
    public async Task A_Tet_campaigns_results_recorded_by_communes_consolidate_to_the_province_and_drill_down()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var (commission, communes) = await CommunesAsync();
        var (first, second) = (communes[80], communes[81]);
        var campaign = await LaunchAsync(provincial, Running(commission.Id, "Chăm lo Tết cho người nghèo và gia đình chính sách"));
        var added = await AddAsync(provincial, campaign.Id, new { preset = "Children", parentId = commission.Id });
        var today = Show(Today);

        (await RecordAsync(provincial, campaign, first.Id, today, ("DOAN_THAM", 2), ("QUA_NGHEO", "1.250"), ("GIA_TRI_QUA", "625.000.000"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await (await RecordAsync(provincial, campaign, first.Id, today, ("DOAN_THAM", 1))).ReadAsync<CampaignEntry>();
        (await RecordAsync(provincial, campaign, second.Id, today, ("QUA_NGHEO", 300), ("Số xe lăn trao tặng", "4"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RecordAsync(provincial, campaign, commission.Id, today, ("DOAN_THAM", 12))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var (visits, gifts, money, wheelchairs) = (Id("DOAN_THAM"), Id("QUA_NGHEO"), Id("GIA_TRI_QUA"), campaign.Indicators.Single(i => i.Code is null).Id);

        var province = await TotalsAsync(provincial, campaign.Id);
        province.OrganizationId.ShouldBe(commission.Id);
        province.Rows.Select(r => (r.OrganizationId, r.OwnRow)).ShouldBe([(commission.Id, true), (first.Id, false), (second.Id, false)]);
        province.Rows[1].Values.ShouldBe(new Dictionary<long, double> { [visits] = 3, [gifts] = 1250, [money] = 625_000_000 });
        province.Total.ShouldBe(new Dictionary<long, double> { [visits] = 15, [gifts] = 1550, [money] = 625_000_000, [wheelchairs] = 4 });
        (province.Participants, province.Reporting, province.Silent.Count).ShouldBe((added, 2, added - 2));
        var commune = await TotalsAsync(provincial, campaign.Id, first.Id);
        commune.Rows.ShouldHaveSingleItem().OwnRow.ShouldBeTrue();
        commune.Total.ShouldBe(new Dictionary<long, double> { [visits] = 3, [gifts] = 1250, [money] = 625_000_000 });

        (await provincial.DeleteAsync($"/api/v1/campaigns/{campaign.Id}/results/{again.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await TotalsAsync(provincial, campaign.Id)).Total[visits].ShouldBe(14);
        var entries = await provincial.GetFromJsonAsync<Paged<CampaignEntry>>($"/api/v1/campaigns/{campaign.Id}/results?organizationId={first.Id}", ApiClient.Json);
        entries!.Items.ShouldHaveSingleItem().Values[gifts].ShouldBe(1250);

        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var page = await browser.GetStringAsync($"/Campaigns/Details/{campaign.Id}");
        page.ShouldContain("Kết quả tổng hợp: " + commission.Name);
        page.ShouldContain("625.000.000");
        var sheet = Workbook.Rows(await browser.GetByteArrayAsync($"/Campaigns/Details/{campaign.Id}?handler=Export"));
        sheet[0][0].ShouldBe("Đơn vị");
        sheet.Last()[0].ShouldBe("Tổng cộng");
        sheet.Last()[1].ShouldBe("14");

        long Id(string code) => campaign.Indicators.Single(i => i.Code == code).Id;
    }

    [Fact]
    public async Task A_commune_sees_the_provinces_campaign_it_takes_part_in_records_for_itself_but_cannot_manage_it()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var (commission, communes) = await CommunesAsync();
        var own = await ReportsWorkflowTests.OwnCommuneAsync(clerk);
        var other = communes.First(c => c.Id != own.Id);
        var campaign = await LaunchAsync(provincial, Running(commission.Id, "Cuộc vận động toàn dân đoàn kết xây dựng nông thôn mới", ["NTM_DONGGOP", "DAT_HIEN"], []));
        (await AddAsync(provincial, campaign.Id, new { preset = "List", organizationIds = new[] { own.Id, other.Id } })).ShouldBe(2);

        var listed = await clerk.GetFromJsonAsync<Paged<CampaignRow>>("/api/v1/campaigns?q=nong thon moi&pageSize=100", ApiClient.Json);
        listed!.Items.ShouldContain(c => c.Id == campaign.Id && c.ParticipantCount == 2);
        var seen = await clerk.GetFromJsonAsync<CampaignDetails>($"/api/v1/campaigns/{campaign.Id}", ApiClient.Json);
        seen!.CanManage.ShouldBeFalse();
        (await RecordAsync(clerk, campaign, own.Id, Show(Today), ("NTM_DONGGOP", "150.000.000"), ("DAT_HIEN", "320,5"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var mine = await TotalsAsync(clerk, campaign.Id);
        mine.OrganizationId.ShouldBe(own.Id);
        mine.Total.Values.ShouldBe([150_000_000, 320.5], ignoreOrder: true);

        var refused = new[]
        {
            await clerk.PutAsJsonAsync($"/api/v1/campaigns/{campaign.Id}", Running(commission.Id, "Đổi tên")),
            await clerk.DeleteAsync($"/api/v1/campaigns/{campaign.Id}"),
            await clerk.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/participants", new { preset = "Provinces" }),
            await clerk.GetAsync($"/api/v1/campaigns/{campaign.Id}/totals?organizationId={other.Id}"),
            await clerk.GetAsync($"/api/v1/campaigns/{campaign.Id}/totals?organizationId={commission.Id}"),
            await RecordAsync(clerk, campaign, other.Id, Show(Today), ("NTM_DONGGOP", 1)),
        };
        foreach (var answer in refused)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden, answer.RequestMessage!.RequestUri!.ToString());
        }

        var browser = await factory.BrowserAsync("nghean.xa.chuyenvien");
        var edit = await browser.GetAsync($"/Campaigns/Edit/{campaign.Id}");
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        edit.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        var page = await browser.GetStringAsync($"/Campaigns/Details/{campaign.Id}");
        page.ShouldContain("150.000.000");
        page.ShouldNotContain("Thêm đơn vị tham gia");
    }

    [Fact]
    public async Task A_sibling_province_gets_403_from_the_API_and_no_page_of_anothers_campaign()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var hueBrowser = await factory.BrowserAsync("hue.chuyenvien");
        var (commission, communes) = await CommunesAsync();
        var campaign = await LaunchAsync(provincial, Running(commission.Id, "Phong trào chỉ Nghệ An được xem"));
        await AddAsync(provincial, campaign.Id, new { preset = "List", organizationIds = new[] { communes[83].Id } });
        var entry = await (await RecordAsync(provincial, campaign, communes[83].Id, Show(Today), ("DOAN_THAM", 1))).ReadAsync<CampaignEntry>();

        var answers = new[]
        {
            await hue.GetAsync($"/api/v1/campaigns/{campaign.Id}"),
            await hue.PutAsJsonAsync($"/api/v1/campaigns/{campaign.Id}", Running(commission.Id, "x")),
            await hue.DeleteAsync($"/api/v1/campaigns/{campaign.Id}"),
            await hue.PostAsJsonAsync("/api/v1/campaigns", Running(commission.Id, "Phong trào chỉ Nghệ An được xem")),
            await hue.GetAsync($"/api/v1/campaigns?organizationId={commission.Id}"),
            await hue.GetAsync($"/api/v1/campaigns/{campaign.Id}/participants"),
            await hue.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/participants", new { preset = "Provinces" }),
            await hue.DeleteAsync($"/api/v1/campaigns/{campaign.Id}/participants/{communes[83].Id}"),
            await hue.GetAsync($"/api/v1/campaigns/{campaign.Id}/totals"),
            await hue.GetAsync($"/api/v1/campaigns/{campaign.Id}/results"),
            await RecordAsync(hue, campaign, communes[83].Id, Show(Today), ("DOAN_THAM", 1)),
            await hue.DeleteAsync($"/api/v1/campaigns/{campaign.Id}/results/{entry.Id}"),
        };
        foreach (var answer in answers)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden, answer.RequestMessage!.RequestUri!.ToString());
            (await answer.Content.ReadAsStringAsync()).ShouldNotContain("Nghệ An được xem");
        }

        foreach (var url in new[]
        {
            $"/Campaigns/Details/{campaign.Id}", $"/Campaigns/Edit/{campaign.Id}", $"/Campaigns?organizationId={commission.Id}",
            $"/Campaigns?organizationId={commission.Id}&handler=Export", $"/Campaigns/Details/{campaign.Id}?handler=Export",
        })
        {
            var response = await hueBrowser.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }

        (await hue.GetStringAsync("/api/v1/campaigns?pageSize=100")).ShouldNotContain("Nghệ An được xem");
        (await hue.GetAsync("/api/v1/campaigns/987654321")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TotalsAsync(provincial, campaign.Id)).Total.Values.ShouldBe([1]);
    }

    [Fact]
    public async Task Bad_input_gets_every_field_named_in_Vietnamese_and_nothing_is_stored()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var (commission, communes) = await CommunesAsync();
        var campaign = await LaunchAsync(provincial, Running(commission.Id, "Phong trào để thử dữ liệu sai"));
        await AddAsync(provincial, campaign.Id, new { preset = "List", organizationIds = new[] { communes[84].Id } });

        var empty = await provincial.PostAsJsonAsync("/api/v1/campaigns", new { });
        var bad = await provincial.PostAsJsonAsync("/api/v1/campaigns", new
        {
            kind = "Tết",
            name = new string('x', 301),
            hostOrganizationId = commission.Id,
            startsOn = "31/02/2026",
            endsOn = "hôm nay",
            indicatorCodes = UnknownCode,
            ownIndicators = new object[] { new { name = "Số cây xanh", unit = "" } },
        });
        var backwards = await provincial.PostAsJsonAsync("/api/v1/campaigns", Campaign(commission.Id, startsOn: "01/03/2026", endsOn: "01/02/2026"));
        var badResult = await provincial.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/results", new
        {
            organizationId = communes[85].Id,
            recordedOn = Show(Today.AddDays(1)),
            values = new object[] { new { indicatorId = campaign.Indicators[0].Id, value = "mười" }, new { indicatorId = 987654321L, value = "1" }, new { indicatorId = campaign.Indicators[1].Id, value = -2 } },
        });
        var tooEarly = await RecordAsync(provincial, campaign, communes[84].Id, Show(Today.AddDays(-31)), ("DOAN_THAM", 1));
        var nothing = await RecordAsync(provincial, campaign, communes[84].Id, Show(Today));
        var badPreset = await provincial.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/participants", new { preset = "Tất cả" });
        var outsider = await provincial.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/participants", new { preset = "List", organizationIds = new[] { commission.Id, 987654321 } });
        var unreadable = await provincial.PostAsync("/api/v1/campaigns", new StringContent("{ \"indicatorCodes\": 5 }", System.Text.Encoding.UTF8, "application/json"));
        var badQuery = await provincial.GetAsync("/api/v1/campaigns?organizationId=abc&kind=Tết&year=20x6&phase=maybe&page=0");

        (await Errors(empty)).Keys.ShouldBe(["Name", "Kind", "StartsOn", "EndsOn", "IndicatorCodes", "HostOrganizationId"], ignoreOrder: true);
        var errors = await Errors(bad);
        errors.Keys.ShouldBe(["Name", "Kind", "StartsOn", "EndsOn", "IndicatorCodes", "OwnIndicators[0].Unit"], ignoreOrder: true);
        errors["Name"].ShouldBe(["Tên phong trào, cuộc vận động không được dài quá 300 ký tự."]);
        errors["IndicatorCodes"].ShouldContain("Không có chỉ tiêu mẫu mã \"KHONG_CO\".");
        (await Errors(backwards))["EndsOn"].ShouldBe(["Ngày kết thúc không được trước ngày bắt đầu."]);
        var resultErrors = await Errors(badResult);
        resultErrors.Keys.ShouldBe(["OrganizationId", "RecordedOn", "Values[0].Value", "Values[1].Value", "Values[2].Value"], ignoreOrder: true);
        resultErrors["RecordedOn"].ShouldBe(["Ngày ghi nhận không được sau hôm nay."]);
        resultErrors["OrganizationId"].ShouldBe([$"{communes[85].Name} không tham gia phong trào này nên không ghi nhận kết quả được."]);
        (await Errors(tooEarly))["RecordedOn"].ShouldHaveSingleItem().ShouldStartWith("Ngày ghi nhận phải trong thời gian phong trào");
        (await Errors(nothing))["Values"].ShouldBe(["Vui lòng nhập số liệu của ít nhất một chỉ tiêu."]);
        (await Errors(badPreset)).Keys.ShouldBe(["Preset"]);
        (await Errors(outsider)).Keys.ShouldBe(["OrganizationIds"]);
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Errors(badQuery)).Keys.ShouldBe(["organizationId", "kind", "year", "phase", "page"], ignoreOrder: true);
        (await TotalsAsync(provincial, campaign.Id)).Rows.ShouldBeEmpty();
        (await provincial.GetFromJsonAsync<List<object>>($"/api/v1/campaigns/{campaign.Id}/participants", ApiClient.Json))!.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_indicator_with_amounts_stays_a_stale_edit_is_refused_and_a_participant_with_results_cannot_be_removed()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var (commission, communes) = await CommunesAsync();
        var campaign = await LaunchAsync(provincial, Running(commission.Id, "Phong trào thi đua để sửa", ["DOAN_THAM", "QUA_KHAC"], []));
        await AddAsync(provincial, campaign.Id, new { preset = "List", organizationIds = new[] { communes[86].Id, communes[87].Id } });
        (await RecordAsync(provincial, campaign, communes[86].Id, Show(Today), ("DOAN_THAM", 3))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var dropUsed = await provincial.PutAsJsonAsync($"/api/v1/campaigns/{campaign.Id}", Campaign(commission.Id, "Phong trào thi đua để sửa", startsOn: Show(Today.AddDays(-30)), endsOn: Show(Today.AddDays(30)), codes: ["QUA_KHAC"], own: [], revision: campaign.Revision));
        (await Errors(dropUsed))["IndicatorCodes"].ShouldBe(["Chỉ tiêu \"Đoàn thăm, tặng quà\" đã có số liệu do các đơn vị ghi nhận nên không bỏ được."]);
        var renamed = await provincial.PutAsJsonAsync($"/api/v1/campaigns/{campaign.Id}", Campaign(commission.Id, "Phong trào thi đua đã sửa", startsOn: Show(Today.AddDays(-30)), endsOn: Show(Today.AddDays(30)), codes: ["DOAN_THAM", "HO_HOTRO"], own: [], revision: campaign.Revision));
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        var after = await renamed.ReadAsync<CampaignDetails>();
        after.Indicators.Select(i => i.Code).ShouldBe(["DOAN_THAM", "HO_HOTRO"]);
        after.Indicators[0].Id.ShouldBe(campaign.Indicators[0].Id);
        var stale = await provincial.PutAsJsonAsync($"/api/v1/campaigns/{campaign.Id}", Campaign(commission.Id, "Bản cũ", startsOn: Show(Today.AddDays(-30)), endsOn: Show(Today.AddDays(30)), codes: ["DOAN_THAM"], own: [], revision: campaign.Revision));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await provincial.DeleteAsync($"/api/v1/campaigns/{campaign.Id}/participants/{communes[86].Id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await provincial.DeleteAsync($"/api/v1/campaigns/{campaign.Id}/participants/{communes[87].Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await TotalsAsync(provincial, campaign.Id)).Total.Values.ShouldBe([3]);
        (await provincial.DeleteAsync($"/api/v1/campaigns/{campaign.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await provincial.GetAsync($"/api/v1/campaigns/{campaign.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_quarterly_report_is_filled_from_the_models_and_the_campaign_results()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var (commission, communes) = await CommunesAsync();
        var commune = communes[88];
        var campaign = await LaunchAsync(provincial, Running(commission.Id, "Chăm lo Tết để điền báo cáo", ["DOAN_THAM", "QUA_NCC", "QUA_NGHEO", "GIA_TRI_QUA", "DOAN_KIEMTRA"], []));
        await AddAsync(provincial, campaign.Id, new { preset = "List", organizationIds = new[] { commune.Id } });
        (await RecordAsync(provincial, campaign, commune.Id, Show(Today), ("DOAN_THAM", 2), ("QUA_NCC", 10), ("QUA_NGHEO", 20), ("GIA_TRI_QUA", "15.000.000"), ("DOAN_KIEMTRA", 1))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RecordAsync(provincial, campaign, commune.Id, Show(Today), ("QUA_NGHEO", 5))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var model = await ModelClient.RegisterAsync(provincial, ModelClient.Model(commune.Id, "Mô hình để điền báo cáo", startedOn: Show(Today)));
        await ModelClient.RecogniseAsync(provincial, model.Id, ModelClient.Recognition(decidedOn: Show(Today)));
        var opened = await provincial.PostAsJsonAsync("/api/v1/reports", new { formCode = "BC-DV-QUY", organizationId = commune.Id, period = $"{Today.Year}-Q{((Today.Month - 1) / 3) + 1}" });
        var report = await opened.ReadAsync<Sheet>();
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var page = await browser.GetStringAsync($"/Reports/Report/{report.Id}");

        var filled = await browser.PostAsync($"/Reports/Report/{report.Id}?handler=Prefill", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page),
            ["revision"] = report.Revision.ToString(CultureInfo.InvariantCulture),
        }));

        filled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = (await provincial.GetFromJsonAsync<Sheet>($"/api/v1/reports/{report.Id}", ApiClient.Json))!;
        (after.Value("ASXH_DOAN"), after.Value("ASXH_TIEN"), after.Value("PT_PHONG")).ShouldBe((2, 15_000_000, 1));
        (after.Value("ASXH_SUAT", 1), after.Value("ASXH_SUAT", 2), after.Value("ASXH_SUAT", 3)).ShouldBe((10, 25, 0));
        (after.Value("MH_TONG"), after.Value("MH_DK", 1), after.Value("MH_CN", 1), after.Value("MH_NR")).ShouldBe((1, 1, 1, 0));
    }

    private async Task<(Org Commission, List<Org> Communes)> CommunesAsync()
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        return (ngheAn, await Reporting.CommuneCommitteesAsync(central, ngheAn.Id));
    }

    private static async Task<Dictionary<string, string[]>> Errors(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Problem>()).Errors!;
    }
}

[Collection("sqlite")]
public sealed class SqliteCampaignsTests(SqliteFixture fixture) : CampaignsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresCampaignsTests(PostgresFixture fixture) : CampaignsTests(fixture.Factory);
