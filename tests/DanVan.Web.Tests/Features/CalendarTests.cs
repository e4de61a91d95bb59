using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Features;

public abstract class CalendarTests(DanVanFactory factory)
{
    private sealed record DayOff(DateOnly Date, string Name, string Source, string Weekday, string LunarDate);

    private sealed record DueAnswer(DateOnly Start, int Days, string DayType, DateOnly Due, string Weekday);

    private sealed record OfficialDay(int Id, DateOnly Date, string Kind, string Name, string? Basis);

    private sealed record LegalRule(string Code, string Step, int? Days, string DayType, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, string Citation, string Limit);

    [Fact]
    public async Task Anyone_reads_the_days_off_of_2026_with_lunar_Tet_make_up_days_and_the_Governments_swaps()
    {
        var days = (await factory.CreateClient().GetFromJsonAsync<List<DayOff>>("/api/v1/calendar/days-off?year=2026", ApiClient.Json))!;

        days.Select(d => d.Date.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(["01/01", "02/01", "16/02", "17/02", "18/02", "19/02", "20/02", "26/04", "27/04", "30/04", "01/05", "31/08", "01/09", "02/09"]);
        days.Single(d => d.Date == new DateOnly(2026, 2, 17)).ShouldBe(new DayOff(new DateOnly(2026, 2, 17), "Tết Nguyên đán (mùng 1)", "Holiday", "Thứ Ba", "1/1 Bính Ngọ"));
        days.Single(d => d.Date == new DateOnly(2026, 4, 26)).LunarDate.ShouldBe("10/3 Bính Ngọ");
        days.Single(d => d.Date == new DateOnly(2026, 4, 27)).Source.ShouldBe("InLieu");
        days.Single(d => d.Date == new DateOnly(2026, 8, 31)).ShouldBe(new DayOff(new DateOnly(2026, 8, 31), "Nghỉ hoán đổi dịp Quốc khánh", "Official", "Thứ Hai", "19/7 Bính Ngọ"));
    }

    [Theory]
    [InlineData("2026-02-13", 7, "working", "2026-03-03")]
    [InlineData("13/02/2026", 7, "working", "2026-03-03")]
    [InlineData("2026-08-20", 3, "working", "2026-08-24")]
    [InlineData("2026-03-27", 30, "calendar", "2026-04-28")]
    public async Task Anyone_asks_when_a_time_limit_ends(string start, int days, string dayType, string due)
    {
        var answer = await factory.CreateClient().GetFromJsonAsync<DueAnswer>($"/api/v1/calendar/due?start={start}&days={days}&dayType={dayType}", ApiClient.Json);

        answer!.Due.ShouldBe(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Bad_calendar_questions_get_a_Vietnamese_400_naming_each_field()
    {
        var client = factory.CreateClient();

        var due = await client.GetAsync("/api/v1/calendar/due?start=31/02/2026&days=-1&dayType=weekly");
        var year = await client.GetAsync("/api/v1/calendar/days-off?year=1800");
        var missing = await client.GetAsync("/api/v1/calendar/days-off");
        var notNumber = await client.GetAsync("/api/v1/calendar/days-off?year=abc");

        due.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await due.ReadAsync<Problem>()).Errors.ShouldNotBeNull();
        errors.Keys.ShouldBe(["start", "days", "dayType"], ignoreOrder: true);
        errors["days"].ShouldHaveSingleItem().ShouldBe("Số ngày phải là số nguyên từ 0 đến 3650.");
        year.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await year.ReadAsync<Problem>()).Errors!["year"].ShouldHaveSingleItem().ShouldBe("Năm phải từ 1990 đến 2150.");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notNumber.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notNumber.ReadAsync<Problem>()).Errors!["year"].ShouldHaveSingleItem().ShouldBe("Năm phải từ 1990 đến 2150.");
        var daysNotNumber = await client.GetAsync("/api/v1/calendar/due?start=2026-01-05&days=mười&dayType=working");
        (await daysNotNumber.ReadAsync<Problem>()).Errors!.Keys.ShouldBe(["days"]);
    }

    [Fact]
    public async Task A_central_administrator_adds_a_day_off_deadlines_follow_at_once_and_removing_it_restores_them()
    {
        var admin = await factory.BearerAsync("admin");
        const string Question = "/api/v1/calendar/due?start=2031-03-06&days=1&dayType=working";
        (await admin.GetFromJsonAsync<DueAnswer>(Question, ApiClient.Json))!.Due.ShouldBe(new DateOnly(2031, 3, 7));

        var added = await admin.PostAsJsonAsync("/api/v1/calendar/official-days", new { date = "07/03/2031", kind = "DayOff", name = "Nghỉ theo thông báo thử", basis = "Thông báo số 1/TB-BNV" });

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var day = await added.ReadAsync<OfficialDay>();
        (await admin.GetFromJsonAsync<DueAnswer>(Question, ApiClient.Json))!.Due.ShouldBe(new DateOnly(2031, 3, 10));
        (await admin.GetFromJsonAsync<List<DayOff>>("/api/v1/calendar/days-off?year=2031", ApiClient.Json))!
            .ShouldContain(d => d.Date == new DateOnly(2031, 3, 7) && d.Name == "Nghỉ theo thông báo thử" && d.Source == "Official");
        var audit = await admin.GetFromJsonAsync<Paged<AuditRow>>("/api/v1/audit?entity=OfficialDay&pageSize=50", ApiClient.Json);
        audit!.Items.ShouldContain(a => a.EntityId == day.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.UserName == "admin");

        (await admin.DeleteAsync($"/api/v1/calendar/official-days/{day.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetFromJsonAsync<DueAnswer>(Question, ApiClient.Json))!.Due.ShouldBe(new DateOnly(2031, 3, 7));
        (await admin.DeleteAsync($"/api/v1/calendar/official-days/{day.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Days_that_change_nothing_or_are_already_listed_are_refused_and_nothing_is_added()
    {
        var admin = await factory.BearerAsync("admin");
        var before = await OfficialDaysAsync(admin);

        var sunday = await admin.PostAsJsonAsync("/api/v1/calendar/official-days", new { date = "2031-03-09", kind = "DayOff", name = "Nghỉ" });
        var tuesday = await admin.PostAsJsonAsync("/api/v1/calendar/official-days", new { date = "2031-03-11", kind = "WorkingDay", name = "Làm việc" });
        var listed = await admin.PostAsJsonAsync("/api/v1/calendar/official-days", new { date = "2026-08-31", kind = "DayOff", name = "Nghỉ lần nữa" });
        var empty = await admin.PostAsJsonAsync("/api/v1/calendar/official-days", new { date = "hôm qua", name = "  " });

        (await Error(sunday, "Date")).ShouldBe("Chủ nhật 09/03/2031 đã là ngày nghỉ.");
        (await Error(tuesday, "Date")).ShouldBe("Thứ Ba 11/03/2031 đã là ngày làm việc.");
        (await Error(listed, "Date")).ShouldStartWith("Ngày 31/08/2026 đã có trong lịch");
        var problem = await empty.ReadAsync<Problem>();
        problem.Errors!.Keys.ShouldBe(["Date", "Kind", "Name"], ignoreOrder: true);
        (await OfficialDaysAsync(admin)).Count.ShouldBe(before.Count);
    }

    [Fact]
    public async Task Only_central_administrators_change_the_national_calendar()
    {
        var provincialAdmin = await factory.BearerAsync("nghean.quantri");
        var officer = await factory.BearerAsync("tw.chuyenvien");
        var before = await OfficialDaysAsync(officer);

        var byProvince = await provincialAdmin.PostAsJsonAsync("/api/v1/calendar/official-days", new { date = "2031-03-12", kind = "DayOff", name = "Nghỉ" });
        var byOfficer = await officer.PostAsJsonAsync("/api/v1/calendar/official-days", new { date = "2031-03-12", kind = "DayOff", name = "Nghỉ" });
        var removed = await provincialAdmin.DeleteAsync($"/api/v1/calendar/official-days/{before[0].Id}");
        var anonymous = await factory.CreateClient().PostAsJsonAsync("/api/v1/calendar/official-days", new { date = "2031-03-12", kind = "DayOff", name = "Nghỉ" });

        byProvince.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byOfficer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        removed.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await OfficialDaysAsync(officer)).ShouldBe(before);
    }

    [Fact]
    public async Task The_legal_rules_are_public_with_every_version_and_its_effective_period()
    {
        var rules = (await factory.CreateClient().GetFromJsonAsync<List<LegalRule>>("/api/v1/legal-rules", ApiClient.Json))!;

        var acceptance = rules.Where(r => r.Code == "KN-2").OrderBy(r => r.EffectiveFrom).ToList();
        acceptance.Select(r => r.Days).ShouldBe([10, 7]);
        acceptance[0].EffectiveTo.ShouldBe(new DateOnly(2026, 6, 30));
        acceptance[1].EffectiveFrom.ShouldBe(new DateOnly(2026, 7, 1));
        rules.Single(r => r.Code == "TC-4").Limit.ShouldBe("30 ngày (gia hạn mỗi lần tối đa 30 ngày: phức tạp 1 lần, đặc biệt phức tạp 2 lần)");
    }

    [Fact]
    public async Task The_calendar_pages_show_the_days_the_calculator_and_its_errors_without_sign_in()
    {
        var client = factory.CreateClient();

        var year = await client.GetStringAsync("/Calendar?year=2026");
        var due = await client.GetStringAsync("/Calendar?year=2026&start=13/02/2026&days=7&dayType=working");
        var bad = await client.GetAsync("/Calendar?start=99/99/2026&days=abc&year=99999");
        var rules = await client.GetStringAsync("/Calendar/Rules");

        year.ShouldContain("Tết Nguyên đán (mùng 1)");
        year.ShouldContain("Làm việc bù cho ngày 31/8/2026");
        due.ShouldContain("Thứ Ba, 03/03/2026");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var badHtml = await bad.Content.ReadAsStringAsync();
        badHtml.ShouldContain("Ngày bắt đầu phải có dạng dd/MM/yyyy hoặc yyyy-MM-dd.");
        badHtml.ShouldContain("Năm phải từ 1990 đến 2150.");
        rules.ShouldContain("Luật Khiếu nại 2011, Điều 28");
    }

    [Fact]
    public async Task The_administrators_page_adds_and_removes_days_with_the_same_checks()
    {
        var admin = await factory.BrowserAsync("admin");
        var page = await admin.GetStringAsync("/Admin/OfficialDays?year=2026");
        page.ShouldContain("Nghỉ hoán đổi dịp Quốc khánh");

        var refused = await admin.PostAsync("/Admin/OfficialDays?handler=Add&year=2031", Form(page, ("Input.Date", "09/03/2031"), ("Input.Kind", "DayOff"), ("Input.Name", "Nghỉ")));
        var added = await admin.PostAsync("/Admin/OfficialDays?handler=Add&year=2031", Form(page, ("Input.Date", "14/03/2031"), ("Input.Kind", "DayOff"), ("Input.Name", "Nghỉ thử trên trang")));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Chủ nhật 09/03/2031 đã là ngày nghỉ.");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var day = (await OfficialDaysAsync(admin)).Single(d => d.Name == "Nghỉ thử trên trang");
        var removed = await admin.PostAsync($"/Admin/OfficialDays?handler=Remove&id={day.Id}&year=2031", Form(page));
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await OfficialDaysAsync(admin)).ShouldNotContain(d => d.Id == day.Id);
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", ApiClient.AntiforgeryToken(page)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private static async Task<List<OfficialDay>> OfficialDaysAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<OfficialDay>>("/api/v1/calendar/official-days", ApiClient.Json))!;

    private static async Task<string> Error(HttpResponseMessage response, string field)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        return (await response.ReadAsync<Problem>()).Errors![field].ShouldHaveSingleItem();
    }
}

[Collection("sqlite")]
public sealed class SqliteCalendarTests(SqliteFixture fixture) : CalendarTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresCalendarTests(PostgresFixture fixture) : CalendarTests(fixture.Factory);
