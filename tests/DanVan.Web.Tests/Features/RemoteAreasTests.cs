using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Infrastructure.PetitionClient;

namespace DanVan.Web.Tests.Features;

/// <summary>
/// The communes designated remote areas (vùng sâu, vùng xa) and the longer complaint limits they
/// give petitions registered afterwards. Each test designates its own commune and removes it, so
/// the other tests of the shared database keep their ordinary limits.
/// </summary>
public abstract class RemoteAreasTests(DanVanFactory factory)
{
    private const string Api = "/api/v1/remote-areas";

    private sealed record RemoteArea(int Id, string AdminUnitCode, string? UnitName, string? ProvinceCode, string? ProvinceName, string? Basis, DateTime UpdatedAt, string? UpdatedBy);

    private sealed record DueAnswer(DateOnly Due);

    [Fact]
    public async Task A_province_administrator_designates_a_commune_of_the_province_everyone_reads_it_and_the_audit_log_records_add_and_removal()
    {
        var admin = await factory.BearerAsync("nghean.quantri");
        var officer = await factory.BearerAsync("nghean.xa.chuyenvien");
        var central = await factory.BearerAsync("admin");

        var response = await admin.PostAsJsonAsync(Api, new { unit = "Keng Du", basis = "Quyết định số 12/QĐ-UBND ngày 05/01/2026" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var area = await response.ReadAsync<RemoteArea>();
        (area.AdminUnitCode, area.UnitName, area.ProvinceCode, area.ProvinceName, area.Basis, area.UpdatedBy)
            .ShouldBe(("16822", "Xã Keng Đu", "40", "Tỉnh Nghệ An", "Quyết định số 12/QĐ-UBND ngày 05/01/2026", "nghean.quantri"));
        response.Headers.Location!.ToString().ShouldBe($"{Api}/{area.Id}");
        var read = await officer.GetFromJsonAsync<Paged<RemoteArea>>($"{Api}?q=keng%20du", ApiClient.Json);
        read!.Items.ShouldHaveSingleItem().Id.ShouldBe(area.Id);
        var byCode = await officer.GetFromJsonAsync<Paged<RemoteArea>>($"{Api}?q=16822", ApiClient.Json);
        byCode!.Items.ShouldHaveSingleItem().UnitName.ShouldBe("Xã Keng Đu");

        (await admin.DeleteAsync($"{Api}/{area.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await officer.GetFromJsonAsync<Paged<RemoteArea>>($"{Api}?q=16822", ApiClient.Json))!.Total.ShouldBe(0);
        (await admin.DeleteAsync($"{Api}/{area.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var audit = (await central.GetFromJsonAsync<Paged<AuditRow>>("/api/v1/audit?entity=RemoteArea&pageSize=100", ApiClient.Json))!.Items
            .Where(a => a.EntityId == area.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        audit.Select(a => a.Action).ShouldBe(["Created", "Deleted"], ignoreOrder: true);
        audit.ShouldAllBe(a => a.UserName == "nghean.quantri");
        audit.Single(a => a.Action == "Created").After!.ShouldContain("16822");
    }

    [Fact]
    public async Task A_province_administrator_cannot_change_another_provinces_communes_and_officers_change_nothing()
    {
        var admin = await factory.BearerAsync("nghean.quantri");
        var officer = await factory.BearerAsync("nghean.chuyenvien");
        var before = await AllAsync(officer);
        var aLuoi = before.Single(a => a.AdminUnitCode == "20056");

        var otherProvince = await admin.PostAsJsonAsync(Api, new { unit = "06313", basis = "Thử" });
        var otherByName = await admin.PostAsJsonAsync(Api, new { unit = "A Lưới 5" });
        var removeOther = await admin.DeleteAsync($"{Api}/{aLuoi.Id}");
        var byOfficer = await officer.PostAsJsonAsync(Api, new { unit = "16822" });
        var anonymous = await factory.CreateClient().GetAsync(Api);

        otherProvince.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        otherByName.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        removeOther.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byOfficer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AllAsync(officer)).ShouldBe(before);
    }

    [Fact]
    public async Task Bad_input_gets_a_Vietnamese_400_naming_what_is_wrong_and_changes_nothing()
    {
        var admin = await factory.BearerAsync("admin");
        var before = await AllAsync(admin);

        (await UnitError(admin, new { unit = "  " })).ShouldBe("Vui lòng nhập tên hoặc mã đơn vị hành chính.");
        var twoNames = await UnitError(admin, new { unit = "Bắc Lý" });
        twoNames.ShouldStartWith("Có 2 đơn vị cấp xã tên “Bắc Lý”");
        twoNames.ShouldContain("Xã Bắc Lý (Tỉnh Ninh Bình, mã 13579)");
        twoNames.ShouldContain("Xã Bắc Lý (Tỉnh Nghệ An, mã 16819)");
        (await UnitError(admin, new { unit = "40" })).ShouldBe("Tỉnh Nghệ An (mã 40) không phải đơn vị hành chính cấp xã; chỉ xã, phường, đặc khu được xác định là vùng sâu, vùng xa.");
        (await UnitError(admin, new { unit = "Nghệ An" })).ShouldContain("không phải đơn vị hành chính cấp xã");
        (await UnitError(admin, new { unit = "99999" })).ShouldBe("Không có đơn vị hành chính nào mã 99999.");
        (await UnitError(admin, new { unit = "16015" })).ShouldBe("Xã Đồng Lộc (mã 16015) đã thôi hiệu lực từ 01/07/2025; chỉ đơn vị đang có hiệu lực mới được xác định là vùng sâu, vùng xa.");
        (await UnitError(admin, new { unit = "Xã Không Có Thật" })).ShouldStartWith("Không tìm thấy xã, phường, đặc khu đang có hiệu lực tên “Xã Không Có Thật”");
        (await UnitError(admin, new { unit = "muong tip" })).ShouldBe("Xã Mường Típ (mã 16858) đã có trong danh mục vùng sâu, vùng xa theo Dữ liệu minh họa.");
        var longBasis = await admin.PostAsJsonAsync(Api, new { unit = "16822", basis = new string('Q', 301) });
        longBasis.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longBasis.ReadAsync<Problem>()).Errors!["Basis"].ShouldHaveSingleItem().ShouldBe("Căn cứ không được dài quá 300 ký tự.");
        var badPage = await admin.GetAsync($"{Api}?page=hai");
        badPage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPage.ReadAsync<Problem>()).Errors!["page"].ShouldHaveSingleItem().ShouldBe("Trang phải là số nguyên dương.");
        var notJson = await admin.PostAsync(Api, new StringContent("{\"unit\": ", System.Text.Encoding.UTF8, "application/json"));
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await AllAsync(admin)).ShouldBe(before);
    }

    [Fact]
    public async Task A_petition_takes_the_remote_limit_from_its_organisations_commune_an_override_wins_and_removal_leaves_registered_petitions_alone()
    {
        var central = await factory.BearerAsync("admin");
        var system = await factory.BearerAsync("nghean.chuyenvien");
        var naLoi = await Orgs.FindAsync(central, "dang uy xa na loi");
        var ordinary = await CommuneAsync(central);
        naLoi.AdminUnitCode.ShouldBe("16834");

        (await ResolutionDaysAsync(system, await IntakeAsync(system, naLoi.Id))).ShouldBe((false, 30));

        var added = await central.PostAsJsonAsync(Api, new { unit = "16834", basis = "Quyết định thử" });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var area = await added.ReadAsync<RemoteArea>();

        var designated = await IntakeAsync(system, naLoi.Id);
        (await ResolutionDaysAsync(system, designated)).ShouldBe((true, 45));
        var accepted = await GetAsync(system, designated);
        accepted.Deadline!.Rule.ShouldBe("KN-3");
        accepted.Deadline.Due.ShouldBe(await DueAsync(accepted.Deadline.StartedOn, 45));
        (await ResolutionDaysAsync(system, await IntakeAsync(system, naLoi.Id, remote: false))).ShouldBe((false, 30));
        (await ResolutionDaysAsync(system, await IntakeAsync(system, ordinary.Id, remote: true))).ShouldBe((true, 45));
        (await ResolutionDaysAsync(system, await IntakeAsync(system, ordinary.Id))).ShouldBe((false, 30));
        var fromPortal = await PortalAsync(system, naLoi.Id);
        fromPortal.IsRemoteArea.ShouldBeTrue();

        (await central.DeleteAsync($"{Api}/{area.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await ResolutionDaysAsync(system, await IntakeAsync(system, naLoi.Id))).ShouldBe((false, 30));
        var unchanged = await GetAsync(system, designated);
        (unchanged.IsRemoteArea, unchanged.Deadline!.Days, unchanged.Deadline.Due).ShouldBe((true, 45, accepted.Deadline.Due));
        (await GetAsync(system, fromPortal.Id)).IsRemoteArea.ShouldBeTrue();
    }

    [Fact]
    public async Task The_page_lists_searches_adds_and_removes_with_the_same_checks_for_a_province_administrator()
    {
        var browser = await factory.BrowserAsync("nghean.quantri");
        var page = await browser.GetStringAsync("/Petitions/RemoteAreas");
        page.ShouldContain("Xã Mường Típ");
        page.ShouldContain("Dữ liệu minh họa");
        page.ShouldContain("data-label=\"Căn cứ\"");
        (await browser.GetStringAsync("/Petitions/RemoteAreas?q=muong+tip")).ShouldNotContain("Xã Nậm Cắn");
        (await browser.GetStringAsync("/Petitions/RemoteAreas?q=khong+co+xa+nay")).ShouldContain("Không có đơn vị nào trong danh mục khớp với");

        var ambiguous = await browser.PostAsync("/Petitions/RemoteAreas?handler=Add", Form(page, ("Input.Unit", "Bắc Lý"), ("Input.Basis", "Quyết định thử trên trang")));
        var unchanged = await browser.GetStringAsync("/Petitions/RemoteAreas?q=16819");
        var otherProvince = await browser.PostAsync("/Petitions/RemoteAreas?handler=Add", Form(page, ("Input.Unit", "20050")));
        var added = await browser.PostAsync("/Petitions/RemoteAreas?handler=Add", Form(page, ("Input.Unit", "16819"), ("Input.Basis", "Quyết định thử trên trang")));

        ambiguous.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ambiguousHtml = await ambiguous.Content.ReadAsStringAsync();
        ambiguousHtml.ShouldContain("Xã Bắc Lý (Tỉnh Nghệ An, mã 16819)");
        ambiguousHtml.ShouldContain("is-invalid");
        unchanged.ShouldContain("Không có đơn vị nào trong danh mục khớp với “16819”.");
        otherProvince.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherProvince.Content.ReadAsStringAsync()).ShouldContain("Bạn chỉ đưa vào danh mục được các xã, phường, đặc khu thuộc tỉnh");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.GetStringAsync(added.Headers.Location!.ToString());
        after.ShouldContain("Đã đưa Xã Bắc Lý (Tỉnh Nghệ An, mã 16819) vào danh mục vùng sâu, vùng xa.");
        after.ShouldContain("Quyết định thử trên trang");

        var api = await factory.BearerAsync("nghean.quantri");
        var area = (await AllAsync(api)).Single(a => a.AdminUnitCode == "16819");
        after.ShouldContain($"data-confirm=\"Đưa Xã Bắc Lý ra khỏi danh mục");
        var removed = await browser.PostAsync($"/Petitions/RemoteAreas?handler=Remove&id={area.Id}", Form(after));
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AllAsync(api)).ShouldNotContain(a => a.AdminUnitCode == "16819");
    }

    [Fact]
    public async Task The_new_petition_page_offers_the_designation_as_default_and_a_choice_to_override_it()
    {
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var api = await factory.BearerAsync("nghean.chuyenvien");
        var muongTip = await Orgs.FindAsync(api, "dang uy xa muong tip");
        var page = await browser.GetStringAsync("/Petitions/New");
        page.ShouldContain("<option value=\"\" selected=\"selected\">Theo danh mục của đơn vị nhận đơn</option>");
        page.ShouldContain("name=\"Input.IsRemoteArea\"");

        var byDefault = await PostNewAsync(browser, page, muongTip.Id, string.Empty);
        var overridden = await PostNewAsync(browser, page, muongTip.Id, "false");

        (await GetAsync(api, byDefault)).IsRemoteArea.ShouldBeTrue();
        (await GetAsync(api, overridden)).IsRemoteArea.ShouldBeFalse();
    }

    [Fact]
    public async Task Officers_read_the_list_on_its_page_but_cannot_change_it_there()
    {
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var api = await factory.BearerAsync("nghean.chuyenvien");
        var before = await AllAsync(api);

        var page = await browser.GetStringAsync("/Petitions/RemoteAreas?q=muong+tip");
        var add = await browser.PostAsync("/Petitions/RemoteAreas?handler=Add", Form(page, ("Input.Unit", "16822")));
        var remove = await browser.PostAsync($"/Petitions/RemoteAreas?handler=Remove&id={before[0].Id}", Form(page));
        var petitions = await browser.GetStringAsync("/Petitions");

        page.ShouldContain("Xã Mường Típ");
        page.ShouldNotContain("Bỏ khỏi danh mục");
        page.ShouldNotContain("name=\"Input.Unit\"");
        page.ShouldContain("Quản trị viên Trung ương và quản trị viên tỉnh cập nhật danh mục này.");
        add.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        remove.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await AllAsync(api)).ShouldBe(before);
        petitions.ShouldContain("href=\"/Petitions/RemoteAreas\"");
    }

    [Fact]
    public async Task The_remote_areas_API_is_in_the_OpenAPI_document()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        document.ShouldContain("\"/api/v1/remote-areas");
        document.ShouldContain("\"/api/v1/remote-areas/{id}\"");
        document.ShouldContain("Danh mục xã, phường, đặc khu thuộc vùng sâu, vùng xa");
    }

    private static async Task<long> PostNewAsync(HttpClient browser, string page, int organizationId, string remote)
    {
        var response = await browser.PostAsync("/Petitions/New", Form(page,
            ("Input.OrganizationId", organizationId.ToString(CultureInfo.InvariantCulture)),
            ("Input.Channel", "InPerson"),
            ("Input.Kind", "Complaint"),
            ("Input.Field", "Land"),
            ("Input.IsRemoteArea", remote),
            ("Input.Summary", "Khiếu nại việc bồi thường ở bản xa"),
            ("Input.Content", "Đề nghị xem xét lại mức bồi thường."),
            ("Input.Petitioners.Index", "0"),
            ("Input.Petitioners[0].FullName", "Lô Văn Tư")));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(response.Headers.Location!.ToString().Split('/').Last(), CultureInfo.InvariantCulture);
    }

    private static async Task<long> IntakeAsync(HttpClient client, int organizationId, bool? remote = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/petitions/intake", new
        {
            organizationId,
            kind = "Complaint",
            field = "Land",
            summary = "Khiếu nại quyết định thu hồi đất ở bản",
            content = "Đề nghị xem xét lại quyết định thu hồi đất nương rẫy.",
            isRemoteArea = remote,
            petitioners = new[] { new { fullName = "Vi Văn Năm" } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>())!["id"].GetInt64();
    }

    /// <summary>Accepts the complaint and answers whether it is remote and how many days its resolution limit has.</summary>
    private static async Task<(bool Remote, int Days)> ResolutionDaysAsync(HttpClient client, long id)
    {
        var accepted = await DoAsync(client, await GetAsync(client, id), "Accept");
        accepted.Deadline!.Step.ShouldBe("Resolution");
        return (accepted.IsRemoteArea, accepted.Deadline.Days);
    }

    private async Task<PetitionFile> PortalAsync(HttpClient staff, int organizationId)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/public/petitions", new
        {
            organizationId,
            kind = "Feedback",
            summary = "Phản ánh đường vào bản bị sạt lở",
            content = "Đường vào bản bị sạt lở sau mưa lớn.",
            fullName = "Lương Thị Sáu",
            isRemoteArea = false,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var code = (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["trackingCode"];
        var row = (await staff.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={organizationId}&q={code}", ApiClient.Json))!.Items.Single();
        return await GetAsync(staff, row.Id);
    }

    private static async Task<Org> CommuneAsync(HttpClient central)
    {
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        return (await Reporting.CommuneCommitteesAsync(central, ngheAn.Id))[0];
    }

    private async Task<DateOnly> DueAsync(DateOnly start, int days) =>
        (await factory.CreateClient().GetFromJsonAsync<DueAnswer>($"/api/v1/calendar/due?start={start:yyyy-MM-dd}&days={days}&dayType=calendar", ApiClient.Json))!.Due;

    private static async Task<List<RemoteArea>> AllAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<Paged<RemoteArea>>($"{Api}?pageSize=100", ApiClient.Json))!.Items;

    private static async Task<string> UnitError(HttpClient client, object input)
    {
        var response = await client.PostAsJsonAsync(Api, input);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await response.ReadAsync<Problem>();
        problem.Title.ShouldBe("Dữ liệu không hợp lệ");
        return problem.Errors!["Unit"].ShouldHaveSingleItem();
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", ApiClient.AntiforgeryToken(page)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
}

[Collection("sqlite")]
public sealed class SqliteRemoteAreasTests(SqliteFixture fixture) : RemoteAreasTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresRemoteAreasTests(PostgresFixture fixture) : RemoteAreasTests(fixture.Factory);
