using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Features;

/// <summary>Every page opens for the people who may use it, and says something in Vietnamese.</summary>
public abstract class PagesTests(DanVanFactory factory)
{
    [Fact]
    public async Task Every_page_opens_for_a_central_administrator()
    {
        var api = await factory.BearerAsync("admin");
        var browser = await factory.BrowserAsync("admin");
        var ngheAn = await Orgs.FindAsync(api, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(api, ngheAn.Id)).Last();
        var officer = (await api.GetFromJsonAsync<Paged<UserInfo>>("/api/v1/users?q=tw.chuyenvien", ApiClient.Json))!.Items.Single();
        var pages = new Dictionary<string, string>
        {
            ["/"] = "Xin chào",
            ["/Organizations"] = "Cây tổ chức",
            ["/Organizations?q=mttq+nghe+an"] = "Tìm thấy",
            ["/Organizations?q=khong+co+to+chuc+nay"] = "Không có tổ chức nào",
            [$"/Organizations?handler=Children&parentId={ngheAn.Id}"] = "Ủy ban MTTQ Việt Nam tỉnh Nghệ An",
            [$"/Organizations/Details/{ngheAn.Id}"] = "Tổ chức trực thuộc",
            [$"/Organizations/Create?parentId={ngheAn.Id}"] = "Thêm tổ chức",
            [$"/Organizations/Edit/{ngheAn.Id}"] = "Sửa tổ chức",
            [$"/Organizations/Close/{commune.Id}"] = "Ngày đóng",
            [$"/Organizations/Merge/{commune.Id}"] = "Tổ chức nhận hợp nhất",
            ["/Units"] = "Đơn vị hành chính",
            ["/Units?level=1&p=2"] = "Trang 2",
            ["/Units/Details/40"] = "Tỉnh Nghệ An",
            ["/Units/Details/00013?on=2025-06-30"] = "Từ 01/07/2025 thuộc về",
            ["/Admin/Users"] = "Thêm người dùng",
            ["/Admin/Users/Create"] = "Mật khẩu ban đầu",
            [$"/Admin/Users/Details/{officer.Id}"] = "Phân thêm vai trò",
            ["/Admin/OrganizationTypes"] = "Hội Nông dân",
            ["/Petitions/RemoteAreas"] = "Danh mục vùng sâu, vùng xa",
            ["/Petitions/RemoteAreas?q=a+luoi&p=1"] = "Xã A Lưới 1",
            ["/Admin/Audit"] = "Nhật ký thay đổi",
            ["/Admin/Audit?entity=Organization&from=2020-01-01"] = "Tạo mới",
            ["/Account/ChangePassword"] = "Mật khẩu hiện tại",
            ["/Account/TwoFactor"] = "Mã xác thực",
            ["/Account/SwitchOrganization"] = "Chọn đơn vị làm việc",
        };

        foreach (var (url, text) in pages)
        {
            var response = await browser.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            html.ShouldContain(text, Case.Sensitive, url);
        }
    }

    [Fact]
    public async Task Excel_export_holds_exactly_the_filtered_list_and_only_the_users_subtree()
    {
        var anonymous = factory.CreateClient();
        var provincial = await factory.BrowserAsync("nghean.chuyenvien");

        var units = await anonymous.GetAsync("/Units?handler=Export&q=hoa+binh");
        var organizations = await provincial.GetAsync("/Organizations?handler=Export&q=mttq");

        units.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var unitRows = Workbook.Rows(await units.Content.ReadAsByteArrayAsync());
        unitRows[0].ShouldBe(["Mã", "Tên đơn vị", "Loại", "Cấp", "Mã đơn vị cấp trên", "Đơn vị cấp trên", "Hiệu lực từ", "Hiệu lực đến"]);
        unitRows.Count.ShouldBe(6);
        unitRows.Skip(1).ShouldAllBe(r => r[1].Contains("Hòa Bình"));
        var orgRows = Workbook.Rows(await organizations.Content.ReadAsByteArrayAsync());
        orgRows.Count.ShouldBeGreaterThan(100);
        var ngheAnCodes = new HashSet<string> { "40" };
        for (var page = 1; page <= 2; page++)
        {
            var communes = await anonymous.GetFromJsonAsync<Paged<Unit>>($"/api/v1/units?parentCode=40&pageSize=100&page={page}", ApiClient.Json);
            ngheAnCodes.UnionWith(communes!.Items.Select(u => u.Code));
        }

        orgRows.Skip(1).ShouldAllBe(r => ngheAnCodes.Contains(r[4]));

        var provincialAdmin = await factory.BrowserAsync("nghean.quantri");
        var users = Workbook.Rows(await (await provincialAdmin.GetAsync("/Admin/Users?handler=Export")).Content.ReadAsByteArrayAsync());
        users[0][0].ShouldBe("Tên đăng nhập");
        users.Skip(1).Select(r => r[0]).ShouldContain("nghean.xa.chuyenvien");
        users.Skip(1).ShouldAllBe(r => !r[3].Contains("Huế") && !r[3].Contains("Đắk Lắk") && !r[3].Contains("Trung ương"));
        users.Skip(1).Select(r => r[0]).ShouldNotContain("hue.quantri");
    }

    [Fact]
    public async Task A_person_with_roles_in_two_organisations_switches_the_working_organisation()
    {
        var central = await factory.BearerAsync("admin");
        var hue = await Orgs.FindAsync(central, "ban tuyen giao va dan van thanh uy hue");
        var dakLak = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy dak lak");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var userName = $"hai{Guid.NewGuid():N}"[..10];
        var user = await (await central.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Người Hai Đơn Vị", password = DanVanFactory.Password, organizationId = hue.Id, role = "Officer" })).ReadAsync<UserInfo>();
        (await central.PostAsJsonAsync($"/api/v1/users/{user.Id}/roles", new { organizationId = dakLak.Id, role = "Leader" })).EnsureSuccessStatusCode();
        var browser = await factory.BrowserAsync(userName);
        var page = await browser.GetStringAsync("/Organizations");
        // By default the tree starts at the role of the highest rank: Lãnh đạo in Đắk Lắk.
        page.ShouldContain($"href=\"/Organizations/Details/{dakLak.Id}\">");
        page.ShouldNotContain($"href=\"/Organizations/Details/{hue.Id}\">");

        var switched = await browser.PostAsync("/Account/SwitchOrganization", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page),
            ["organizationId"] = hue.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["returnUrl"] = "/Organizations",
        }));
        var refused = await browser.PostAsync("/Account/SwitchOrganization", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page),
            ["organizationId"] = ngheAn.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var tree = await browser.GetStringAsync("/Organizations");
        tree.ShouldContain($"href=\"/Organizations/Details/{hue.Id}\">");
        tree.ShouldNotContain($"href=\"/Organizations/Details/{dakLak.Id}\">");
        (await browser.GetStringAsync("/")).ShouldContain("Đơn vị làm việc: <strong>Ban Tuyên giáo và Dân vận Thành ủy Huế</strong>");
    }

    [Theory]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Audit")]
    [InlineData("/Admin/OrganizationTypes")]
    public async Task Administration_pages_are_refused_to_officers(string url)
    {
        var browser = await factory.BrowserAsync("nghean.chuyenvien");

        var response = await browser.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_from_private_pages()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/Organizations");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task A_provincial_administrator_cannot_open_edit_pages_of_another_province()
    {
        var api = await factory.BearerAsync("admin");
        var hue = await Orgs.FindAsync(api, "ban tuyen giao va dan van thanh uy hue");
        var browser = await factory.BrowserAsync("nghean.quantri");

        foreach (var url in new[] { $"/Organizations/Edit/{hue.Id}", $"/Organizations/Close/{hue.Id}", $"/Organizations/Merge/{hue.Id}", $"/Organizations/Create?parentId={hue.Id}", $"/Organizations?handler=Children&parentId={hue.Id}" })
        {
            var response = await browser.GetAsync(url);
            response.StatusCode.ShouldBeOneOf([HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.Forbidden], url);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Huế", Case.Sensitive, url);
        }
    }
}

[Collection("sqlite")]
public sealed class SqlitePagesTests(SqliteFixture fixture) : PagesTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresPagesTests(PostgresFixture fixture) : PagesTests(fixture.Factory);
