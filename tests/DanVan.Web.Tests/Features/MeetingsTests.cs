using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using static DanVan.Web.Tests.Infrastructure.MeetingClient;

namespace DanVan.Web.Tests.Features;

/// <summary>
/// Meetings, bridge points, agenda, conclusions, minutes, calendars and feeds through the API and
/// the pages. Titles are unique per test so lists never mix on the shared database.
/// </summary>
public abstract class MeetingsTests(DanVanFactory factory)
{
    [Fact]
    public async Task A_weekly_briefing_is_planned_once_and_its_meeting_on_the_30_April_holiday_moves_to_the_next_working_day()
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var centre = await Orgs.FindAsync(central, "ban tuyen giao va dan van trung uong");

        var created = await PlanAsync(central, Meeting(centre.Id, "Giao ban tuần thử lịch nghỉ lễ", date: "30/04/2026", repeat: "Weekly", count: "3"));

        created.Series.Select(s => DateOnly.FromDateTime(s.StartsAt)).ShouldBe([new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 7), new DateOnly(2026, 5, 14)]);
        created.Series.ShouldAllBe(s => s.StartsAt.Hour == 8);
        created.Meeting.Recurrence.ShouldBe("Hằng tuần, thứ Năm, 3 lần");
        foreach (var item in created.Series)
        {
            (await GetAsync(central, item.Id)).SeriesId.ShouldBe(created.Series[0].Id);
        }

        var may = await central.GetFromJsonAsync<Paged<MeetingRow>>($"/api/v1/meetings?organizationId={centre.Id}&from=01/05/2026&to=31/05/2026&q=GIAO BAN TUAN thu lich", ApiClient.Json);
        may!.Items.Select(m => m.Id).ShouldBe(created.Series.Select(s => s.Id));
    }

    [Fact]
    public async Task Bad_input_names_every_field_in_Vietnamese_and_plans_nothing()
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var before = (await central.GetFromJsonAsync<Paged<MeetingRow>>("/api/v1/meetings?from=01/01/2030&to=31/12/2030", ApiClient.Json))!.Total;

        var response = await central.PostAsJsonAsync("/api/v1/meetings", new
        {
            typeId = 999,
            title = "",
            date = "31/02/2030",
            startTime = "25:00",
            endTime = "7h",
            mode = "Online",
            onlineLink = "javascript:alert(1)",
            repeat = "Daily",
        });
        var errors = await ErrorsAsync(response);
        errors.Keys.ShouldBe(["Title", "Chairs", "Place", "TypeId", "OnlineLink", "Date", "StartTime", "EndTime", "HostOrganizationId", "Repeat"], ignoreOrder: true);
        errors["OnlineLink"].ShouldBe(["Đường dẫn họp trực tuyến phải là một địa chỉ web đầy đủ, bắt đầu bằng https://."]);
        errors["Date"].ShouldBe(["Ngày họp phải có dạng dd/MM/yyyy, ví dụ 05/12/2026."]);

        var centre = await Orgs.FindAsync(central, "ban tuyen giao va dan van trung uong");
        var late = await ErrorsAsync(await central.PostAsJsonAsync("/api/v1/meetings", new { typeId = TypeId, hostOrganizationId = centre.Id, title = "X", chairs = "Y", place = "Z", date = "01/06/2030", startTime = "10:00", endTime = "09:00", mode = "InPerson", repeat = "Monthly", repeatCount = "61" }));
        late["EndTime"].ShouldBe(["Giờ kết thúc phải sau giờ bắt đầu."]);
        late["Repeat"].Single().ShouldContain("60");
        (await central.GetFromJsonAsync<Paged<MeetingRow>>("/api/v1/meetings?from=01/01/2030&to=31/12/2030", ApiClient.Json))!.Total.ShouldBe(before);
    }

    [Fact]
    public async Task The_centre_connects_every_province_in_one_action_and_each_province_reports_only_its_own_point()
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var centre = await Orgs.FindAsync(central, "ban tuyen giao va dan van trung uong");
        var meeting = (await PlanAsync(central, Meeting(centre.Id, "Giao ban trực tuyến với mọi tỉnh, thành phố"))).Meeting;

        var provinces = (await Orgs.ChildrenAsync(central, centre.Id)).Count(o => o.Level == "Province" && o.ValidTo is null);
        provinces.ShouldBeGreaterThanOrEqualTo(34);

        (await AddPointsAsync(central, meeting.Id, new { preset = "Provinces" })).ShouldBe(provinces);
        (await AddPointsAsync(central, meeting.Id, new { preset = "Provinces" })).ShouldBe(0);
        var seenByNgheAn = await PointsAsync(ngheAn, meeting.Id);
        seenByNgheAn.Points.Count.ShouldBe(provinces);
        var ngheAnCommission = await Orgs.FindAsync(ngheAn, "ban tuyen giao va dan van tinh uy nghe an");
        var hueCommission = await Orgs.FindAsync(hue, "ban tuyen giao va dan van thanh uy hue");
        var own = seenByNgheAn.Points.Single(p => p.OrganizationId == ngheAnCommission.Id);
        own.CanEdit.ShouldBeTrue();
        var huesPoint = seenByNgheAn.Points.Single(p => p.OrganizationId == hueCommission.Id);
        huesPoint.CanEdit.ShouldBeFalse();

        var update = await ngheAn.PutAsJsonAsync($"/api/v1/meetings/{meeting.Id}/bridge-points/{own.Id}", new
        {
            status = "Connected",
            location = "Phòng họp trực tuyến Tỉnh ủy",
            attendanceCount = "25",
            revision = own.Revision,
            attendees = new[] { new { name = "Nguyễn Văn Hải", position = (string?)"Phó Trưởng Ban", organization = (string?)null }, new { name = "  ", position = (string?)null, organization = (string?)null } },
        });
        update.StatusCode.ShouldBe(HttpStatusCode.OK, await update.Content.ReadAsStringAsync());
        var stale = await ngheAn.PutAsJsonAsync($"/api/v1/meetings/{meeting.Id}/bridge-points/{own.Id}", new { status = "Failed", revision = own.Revision });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ngheAn.PutAsJsonAsync($"/api/v1/meetings/{meeting.Id}/bridge-points/{huesPoint.Id}", new { status = "Absent" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ngheAn.DeleteAsync($"/api/v1/meetings/{meeting.Id}/bridge-points/{huesPoint.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ngheAn.PutAsJsonAsync($"/api/v1/meetings/{meeting.Id}", Meeting(centre.Id, "Đổi tên"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var absent = await ErrorsAsync(await hue.PutAsJsonAsync($"/api/v1/meetings/{meeting.Id}/bridge-points/{huesPoint.Id}", new { status = "Absent", attendanceCount = "4" }));
        absent["AttendanceCount"].ShouldBe(["Điểm cầu vắng thì không có người dự: sửa tình trạng hoặc số người dự."]);
        (await hue.PutAsJsonAsync($"/api/v1/meetings/{meeting.Id}/bridge-points/{huesPoint.Id}", new { status = "Failed", note = "Mất kết nối" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var host = await PointsAsync(central, meeting.Id);
        host.Summary.ShouldBe(new BridgeTotals(provinces, 1, 1, 0, provinces - 2, 25));
        host.Points.ShouldAllBe(p => p.CanEdit);
        var reported = host.Points.Single(p => p.Id == own.Id);
        (reported.Status, reported.Location, reported.AttendanceCount).ShouldBe(("Connected", "Phòng họp trực tuyến Tỉnh ủy", 25));
        reported.Attendees.ShouldBe([new AttendeeView("Nguyễn Văn Hải", "Phó Trưởng Ban", null)]);
        (await GetAsync(central, meeting.Id)).Bridges.ShouldBe(host.Summary);
    }

    [Fact]
    public async Task A_province_briefs_its_communes_and_no_other_province_sees_it_by_API_list_calendar_or_page()
    {
        var ngheAn = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var hueBrowser = await factory.BrowserAsync("hue.chuyenvien");
        var commission = await Orgs.FindAsync(ngheAn, "ban tuyen giao va dan van tinh uy nghe an");
        var hueCommission = await Orgs.FindAsync(hue, "ban tuyen giao va dan van thanh uy hue");
        var meeting = (await PlanAsync(ngheAn, Meeting(commission.Id, "Giao ban quý chỉ Nghệ An được thấy", date: "14/01/2027", mode: "Hybrid"))).Meeting;
        var communes = await Reporting.CommuneCommitteesAsync(ngheAn, commission.Id);

        (await AddPointsAsync(ngheAn, meeting.Id, new { preset = "Children", parentId = commission.Id })).ShouldBe((await Orgs.ChildrenAsync(ngheAn, commission.Id)).Count);
        var outside = await ErrorsAsync(await ngheAn.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/bridge-points", new { preset = "List", organizationIds = new[] { hueCommission.Id } }));
        outside["OrganizationIds"].ShouldBe(["Chỉ các tổ chức đang hoạt động thuộc cơ quan chủ trì mới làm điểm cầu được."]);
        (await PointsAsync(ngheAn, meeting.Id)).Points.Select(p => p.OrganizationId).ShouldContain(communes[0].Id);

        (await hue.GetAsync($"/api/v1/meetings/{meeting.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await hue.GetAsync($"/api/v1/meetings/{meeting.Id}/bridge-points")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await hue.GetAsync($"/api/v1/meetings/{meeting.Id}/calendar.ics")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await hue.GetAsync($"/api/v1/meetings?organizationId={commission.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await hue.GetFromJsonAsync<Paged<MeetingRow>>("/api/v1/meetings?from=01/01/2027&to=31/01/2027&pageSize=100", ApiClient.Json))!.Items.ShouldNotContain(m => m.Id == meeting.Id);
        foreach (var url in new[] { $"/Meetings/Details/{meeting.Id}", $"/Meetings/Edit/{meeting.Id}", $"/Meetings?organizationId={commission.Id}", $"/Meetings/Calendar?organizationId={commission.Id}" })
        {
            var response = await hueBrowser.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }

        (await hueBrowser.GetStringAsync("/Meetings/Calendar?date=14/01/2027")).ShouldNotContain("Giao ban quý chỉ Nghệ An được thấy");
        var communeClerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        (await communeClerk.GetFromJsonAsync<Paged<MeetingRow>>("/api/v1/meetings?from=01/01/2027&to=31/01/2027", ApiClient.Json))!.Items.ShouldContain(m => m.Id == meeting.Id);
        (await communeClerk.PutAsJsonAsync($"/api/v1/meetings/{meeting.Id}", Meeting(commission.Id, "Xã không sửa được hội nghị của tỉnh"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Agenda_minutes_and_conclusions_are_recorded_and_the_minutes_come_out_as_a_Word_document()
    {
        var ngheAn = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(ngheAn, "ban tuyen giao va dan van tinh uy nghe an");
        var meeting = (await PlanAsync(ngheAn, Meeting(commission.Id, "Hội nghị sơ kết phong trào Dân vận khéo", date: "20/06/2026", mode: "InPerson"))).Meeting;

        (await ngheAn.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/agenda", new { title = "Báo cáo sơ kết", presenter = "Phó Trưởng Ban", durationMinutes = "30" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ngheAn.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/agenda", new { title = "Tham luận", durationMinutes = "0" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ngheAn.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/conclusions", new { text = "Nhân rộng mô hình \"Dân vận khéo\" ở các xã vùng biển." })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ngheAn.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/conclusions", new { text = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var minutes = await ngheAn.PutAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes", new { minutes = "Hội nghị nghe báo cáo sơ kết và 5 tham luận.", revision = meeting.Revision });
        minutes.StatusCode.ShouldBe(HttpStatusCode.OK, await minutes.Content.ReadAsStringAsync());
        (await ngheAn.PutAsJsonAsync($"/api/v1/meetings/{meeting.Id}/minutes", new { minutes = "Ghi đè", revision = meeting.Revision })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var saved = await GetAsync(ngheAn, meeting.Id);
        saved.Agenda.ShouldBe([new AgendaView(saved.Agenda[0].Id, 1, "Báo cáo sơ kết", "Phó Trưởng Ban", 30)]);
        saved.Conclusions.Single().Text.ShouldBe("Nhân rộng mô hình \"Dân vận khéo\" ở các xã vùng biển.");
        saved.Minutes.ShouldBe("Hội nghị nghe báo cáo sơ kết và 5 tham luận.");

        var word = await ngheAn.GetAsync($"/api/v1/meetings/{meeting.Id}/minutes.docx?style=party");
        word.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        text.ShouldContain("BIÊN BẢN");
        text.ShouldContain("ĐẢNG CỘNG SẢN VIỆT NAM");
        text.ShouldContain("Nhân rộng mô hình");
        text.ShouldContain("Báo cáo sơ kết – Phó Trưởng Ban (30 phút)");

        var audit = await (await factory.BearerAsync("nghean.quantri")).GetStringAsync($"/api/v1/audit?organizationId={commission.Id}&pageSize=100");
        audit.ShouldContain("MeetingConclusionAdded");
    }

    [Fact]
    public async Task A_personal_feed_link_serves_the_persons_meetings_to_a_calendar_app_without_signing_in_until_the_password_changes()
    {
        var ngheAn = await factory.BearerAsync("nghean.lanhdao");
        var commission = await Orgs.FindAsync(ngheAn, "ban tuyen giao va dan van tinh uy nghe an");
        var today = DateTime.UtcNow.AddHours(7).Date.AddDays(10).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var meeting = (await PlanAsync(ngheAn, Meeting(commission.Id, "Buổi làm việc có trong lịch đăng ký, Thường trực", date: today, mode: "InPerson"))).Meeting;
        var link = (await ngheAn.GetFromJsonAsync<JsonElement>("/api/v1/meetings/feed-link")).GetProperty("url").GetString()!;
        var anonymous = factory.CreateClient();

        var feed = await anonymous.GetAsync(new Uri(link).PathAndQuery);
        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var body = await feed.Content.ReadAsStringAsync();
        body.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        body.ShouldContain($"UID:meeting-{meeting.Id}@");
        body.ShouldContain("SUMMARY:Buổi làm việc có trong lịch đăng ký\\, Thường trực");
        body.ShouldContain($"DTSTART:{meeting.StartsAt.AddHours(-7):yyyyMMdd'T'HHmmss'Z'}");
        body.Split("\r\n").ShouldAllBe(line => System.Text.Encoding.UTF8.GetByteCount(line) <= 75);
        (await anonymous.GetAsync("/api/v1/public/meetings/feed?token=forged")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_asks_nothing_of_the_API_but_a_meeting_page_confirms_and_a_cancelled_meeting_stays_marked()
    {
        var ngheAn = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(ngheAn, "ban tuyen giao va dan van tinh uy nghe an");
        var meeting = (await PlanAsync(ngheAn, Meeting(commission.Id, "Hội nghị sẽ hủy rồi xóa", date: "02/03/2027", mode: "InPerson"))).Meeting;
        var browser = await factory.BrowserAsync("nghean.chuyenvien");

        var page = await browser.GetStringAsync($"/Meetings/Details/{meeting.Id}");
        page.ShouldContain("data-confirm=\"Xóa hẳn hội nghị");
        (await ngheAn.PostAsync($"/api/v1/meetings/{meeting.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await GetAsync(ngheAn, meeting.Id)).IsCancelled.ShouldBeTrue();
        (await browser.GetStringAsync("/Meetings?from=01/03/2027&to=31/03/2027")).ShouldContain("Đã hủy");
        (await ngheAn.DeleteAsync($"/api/v1/meetings/{meeting.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ngheAn.GetAsync($"/api/v1/meetings/{meeting.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Statistics_count_a_provinces_meetings_by_type_and_level_with_points_and_people_and_export_to_Excel()
    {
        var ngheAn = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(ngheAn, "ban tuyen giao va dan van tinh uy nghe an");
        var held = (await PlanAsync(ngheAn, Meeting(commission.Id, "Giao ban thống kê tháng 2/2028", date: "07/02/2028", mode: "Hybrid"))).Meeting;
        var cancelled = (await PlanAsync(ngheAn, Meeting(commission.Id, "Giao ban thống kê bị hủy", date: "21/02/2028", mode: "InPerson"))).Meeting;
        var added = await AddPointsAsync(ngheAn, held.Id, new { preset = "Children", parentId = commission.Id });
        var point = (await PointsAsync(ngheAn, held.Id)).Points[0];
        (await ngheAn.PutAsJsonAsync($"/api/v1/meetings/{held.Id}/bridge-points/{point.Id}", new { status = "Connected", attendanceCount = "12" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ngheAn.PostAsync($"/api/v1/meetings/{cancelled.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var statistics = await ngheAn.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/statistics?organizationId={commission.Id}&from=01/02/2028&to=29/02/2028", ApiClient.Json);
        var row = statistics.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem();
        (row.GetProperty("typeId").GetInt32(), row.GetProperty("level").GetString(), row.GetProperty("held").GetInt32(), row.GetProperty("cancelled").GetInt32(),
            row.GetProperty("bridgePoints").GetInt32(), row.GetProperty("connected").GetInt32(), row.GetProperty("attendance").GetInt32())
            .ShouldBe((TypeId, "Province", 1, 1, added, 1, 12));
        (await (await factory.BearerAsync("hue.chuyenvien")).GetAsync($"/api/v1/meetings/statistics?organizationId={commission.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ngheAn.GetAsync($"/api/v1/meetings/statistics?organizationId={commission.Id}&from=31/02/2028")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var excel = await (await factory.BrowserAsync("nghean.chuyenvien")).GetAsync($"/Meetings/Statistics?handler=Export&organizationId={commission.Id}&from=01/02/2028&to=29/02/2028");
        var rows = Workbook.Rows(await excel.Content.ReadAsByteArrayAsync());
        rows[0][0].ShouldBe("Loại hội nghị");
        rows.Last()[0].ShouldBe("Tổng cộng");
        rows.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Meeting_types_are_data_that_central_administrators_add_to_and_no_provincial_administrator_changes()
    {
        var admin = await factory.BrowserAsync("admin");
        var form = ApiClient.AntiforgeryToken(await admin.GetStringAsync("/Admin/MeetingTypes"));
        FormUrlEncodedContent Type(string code, string token) => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Code"] = code,
            ["Input.Name"] = "Hội nghị tiếp xúc cử tri",
            ["Input.SortOrder"] = "8",
        });

        (await admin.PostAsync("/Admin/MeetingTypes?handler=Save", Type("hn-txct", form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var types = await (await factory.BearerAsync("nghean.chuyenvien")).GetFromJsonAsync<List<JsonElement>>("/api/v1/meeting-types", ApiClient.Json);
        types!.Select(t => t.GetProperty("code").GetString()).ShouldContain("HN-TXCT");
        var bad = await admin.PostAsync("/Admin/MeetingTypes?handler=Save", Type("GB THANG", form));
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Mã loại chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang và dấu gạch dưới.");
        (await admin.PostAsync("/Admin/MeetingTypes?handler=Save", Type("GB-THANG", form))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var provincial = await factory.BrowserAsync("nghean.quantri");
        var refused = await provincial.PostAsync("/Admin/MeetingTypes?handler=Save", Type("HN-KHAC", ApiClient.AntiforgeryToken(await provincial.GetStringAsync("/Admin/MeetingTypes"))));
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        types = await (await factory.BearerAsync("nghean.chuyenvien")).GetFromJsonAsync<List<JsonElement>>("/api/v1/meeting-types", ApiClient.Json);
        types!.Select(t => t.GetProperty("code").GetString()).ShouldNotContain("HN-KHAC");
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Problem>()).Errors!;
    }
}

[Collection("sqlite")]
public sealed class SqliteMeetingsTests(SqliteFixture fixture) : MeetingsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresMeetingsTests(PostgresFixture fixture) : MeetingsTests(fixture.Factory);
