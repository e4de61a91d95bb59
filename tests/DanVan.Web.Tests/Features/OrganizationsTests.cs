using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Features;

public abstract class OrganizationsTests(DanVanFactory factory)
{
    [Fact]
    public async Task A_provincial_user_is_refused_another_provinces_organisation_through_the_API()
    {
        var central = await factory.BearerAsync("admin");
        var dakLak = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy dak lak");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var provincial = await factory.BearerAsync("nghean.chuyenvien");

        (await provincial.GetAsync($"/api/v1/organizations/{dakLak.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await provincial.GetAsync($"/api/v1/organizations?parentId={dakLak.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await provincial.GetAsync($"/api/v1/organizations/{ngheAn.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_provincial_user_is_refused_another_provinces_organisation_page()
    {
        var central = await factory.BearerAsync("admin");
        var dakLak = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy dak lak");
        var browser = await factory.BrowserAsync("nghean.chuyenvien");

        var response = await browser.GetAsync($"/Organizations/Details/{dakLak.Id}");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Đắk Lắk");
    }

    [Fact]
    public async Task Search_returns_only_the_users_own_subtree_and_central_sees_every_province()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var central = await factory.BearerAsync("tw.chuyenvien");

        var own = await provincial.GetFromJsonAsync<Paged<Org>>("/api/v1/organizations?q=mttq&pageSize=100", ApiClient.Json);
        var all = await central.GetFromJsonAsync<Paged<Org>>("/api/v1/organizations?q=tinh%20uy&pageSize=100", ApiClient.Json);

        own!.Total.ShouldBeGreaterThan(100);
        own.Items.ShouldContain(o => o.ParentName == "Ủy ban MTTQ Việt Nam tỉnh Nghệ An");
        own.Items.ShouldAllBe(o => o.AdminUnitCode != null && !o.Name.Contains("Đắk Lắk") && !o.Name.Contains("Huế"));
        all!.Items.Select(o => o.Name).ShouldContain(n => n.Contains("Đắk Lắk"));
        all.Items.Select(o => o.Name).ShouldContain(n => n.Contains("Nghệ An"));
    }

    [Fact]
    public async Task The_export_holds_every_organisation_the_search_selects_in_the_order_the_search_pages_them()
    {
        var api = await factory.BearerAsync("nghean.chuyenvien");
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var paged = new List<Org>();
        for (var page = 1; ; page++)
        {
            var list = (await api.GetFromJsonAsync<Paged<Org>>($"/api/v1/organizations?q=mttq&pageSize=100&page={page}", ApiClient.Json))!;
            paged.AddRange(list.Items);
            if (list.Items.Count == 0 || paged.Count >= list.Total)
            {
                break;
            }
        }

        var rows = Workbook.Rows(await browser.GetByteArrayAsync("/Organizations?handler=Export&q=mttq"));

        paged.Count.ShouldBeGreaterThan(100);
        rows.Skip(1).Select(r => r[0]).ShouldBe(paged.Select(o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_commune_user_sees_only_their_commune()
    {
        var commune = await factory.BearerAsync("nghean.xa.chuyenvien");

        var page = await commune.GetFromJsonAsync<Paged<Org>>("/api/v1/organizations?pageSize=100", ApiClient.Json);

        page!.Total.ShouldBe(1);
        page.Items[0].Name.ShouldStartWith("Đảng ủy");
    }

    [Fact]
    public async Task A_provincial_administrator_creates_a_commune_organisation_and_the_change_is_audited()
    {
        var admin = await factory.BearerAsync("nghean.quantri");
        var commission = await Orgs.FindAsync(admin, "ban tuyen giao va dan van tinh uy nghe an");
        var types = await admin.GetFromJsonAsync<List<Type>>("/api/v1/organization-types", ApiClient.Json);
        var farmers = types!.Single(t => t.Code == "HND");
        var commune = (await Orgs.ChildrenAsync(admin, commission.Id)).First(o => o.AdminUnitCode != null && o.Level == "Commune");

        var response = await admin.PostAsJsonAsync("/api/v1/organizations", new
        {
            name = "Hội Nông dân thử nghiệm",
            typeId = farmers.Id,
            level = "Commune",
            adminUnitCode = commune.AdminUnitCode,
            parentId = commission.Id,
            validFrom = "01/01/2026",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.ReadAsync<Org>();
        created.Path.ShouldBe($"{(await Orgs.GetAsync(admin, commission.Id)).Path}{created.Id}/");
        var audit = await (await factory.BearerAsync("admin")).GetFromJsonAsync<Paged<AuditRow>>($"/api/v1/audit?entity=Organization&organizationId={created.Id}", ApiClient.Json);
        audit!.Items.ShouldAllBe(a => a.UserName == "nghean.quantri");
        var entry = audit.Items.Single(a => a.Action == "Created");
        entry.UserName.ShouldBe("nghean.quantri");
        entry.After.ShouldNotBeNull().ShouldContain("Hội Nông dân thử nghiệm");
    }

    [Fact]
    public async Task Creating_with_nothing_filled_lists_every_missing_field_in_Vietnamese_and_creates_nothing()
    {
        var admin = await factory.BearerAsync("admin");
        var before = (await admin.GetFromJsonAsync<Paged<Org>>("/api/v1/organizations?pageSize=1", ApiClient.Json))!.Total;

        var response = await admin.PostAsJsonAsync("/api/v1/organizations", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadAsync<Problem>();
        problem.Errors.ShouldNotBeNull().Keys.ShouldBe(["Name", "TypeId", "Level", "ValidFrom", "ParentId"], ignoreOrder: true);
        problem.Errors["Name"].ShouldHaveSingleItem().ShouldBe("Vui lòng nhập tên tổ chức.");
        (await admin.GetFromJsonAsync<Paged<Org>>("/api/v1/organizations?pageSize=1", ApiClient.Json))!.Total.ShouldBe(before);
    }

    [Fact]
    public async Task An_officer_cannot_create_organisations_and_an_administrator_cannot_create_outside_the_subtree()
    {
        var officer = await factory.BearerAsync("nghean.chuyenvien");
        var provincialAdmin = await factory.BearerAsync("nghean.quantri");
        var central = await factory.BearerAsync("admin");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var hue = await Orgs.FindAsync(central, "ban tuyen giao va dan van thanh uy hue");
        object Body(int parentId) => new { name = "Tổ chức thử", typeId = 1, level = "Province", adminUnitCode = "40", parentId, validFrom = "01/01/2026" };

        (await officer.PostAsJsonAsync("/api/v1/organizations", Body(ngheAn.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await provincialAdmin.PostAsJsonAsync("/api/v1/organizations", Body(hue.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await provincialAdmin.PutAsJsonAsync($"/api/v1/organizations/{hue.Id}", Body(hue.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Merging_closes_the_old_organisation_keeps_its_history_and_moves_its_people()
    {
        var admin = await factory.BearerAsync("daklak.quantri");
        var commission = await Orgs.FindAsync(admin, "ban tuyen giao va dan van tinh uy dak lak");
        var committees = (await Orgs.ChildrenAsync(admin, commission.Id)).Where(o => o.Name.StartsWith("Đảng ủy", StringComparison.Ordinal)).OrderBy(o => o.AdminUnitCode).ToList();
        // The demo commune officer of Đắk Lắk holds a role in the first commune's party committee.
        var source = committees[0];
        var target = committees[1];

        var response = await admin.PostAsJsonAsync($"/api/v1/organizations/{source.Id}/merge", new { targetId = target.Id, effectiveOn = "01/10/2026" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var merged = await response.ReadAsync<Org>();
        merged.ValidTo.ShouldBe("2026-09-30");
        merged.MergedIntoId.ShouldBe(target.Id);
        var officer = await factory.BearerAsync("daklak.xa.chuyenvien");
        (await officer.GetAsync($"/api/v1/organizations/{target.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Orgs.ChildrenAsync(admin, commission.Id)).Select(o => o.Id).ShouldNotContain(source.Id);
        var audit = await (await factory.BearerAsync("admin")).GetFromJsonAsync<Paged<AuditRow>>($"/api/v1/audit?organizationId={source.Id}", ApiClient.Json);
        audit!.Items.ShouldContain(a => a.Action == "Merged");
    }

    [Fact]
    public async Task Closing_an_organisation_with_open_children_is_refused_and_a_leaf_closes()
    {
        var admin = await factory.BearerAsync("hue.quantri");
        var commission = await Orgs.FindAsync(admin, "ban tuyen giao va dan van thanh uy hue");
        var leaf = (await Orgs.ChildrenAsync(admin, commission.Id)).Last(o => o.Name.StartsWith("Đảng ủy", StringComparison.Ordinal));

        var refused = await admin.PostAsJsonAsync($"/api/v1/organizations/{commission.Id}/close", new { closedOn = "01/12/2026" });
        var closed = await admin.PostAsJsonAsync($"/api/v1/organizations/{leaf.Id}/close", new { closedOn = "01/12/2026" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ReadAsync<Problem>()).Errors!.Values.SelectMany(v => v).ShouldContain(m => m.Contains("trực thuộc đang hoạt động"));
        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await closed.ReadAsync<Org>()).ValidTo.ShouldBe("2026-12-01");
        (await Orgs.ChildrenAsync(admin, commission.Id)).Select(o => o.Id).ShouldNotContain(leaf.Id);
    }

    [Fact]
    public async Task Moving_an_organisation_moves_its_subtree()
    {
        var admin = await factory.BearerAsync("admin");
        var hue = await Orgs.FindAsync(admin, "ban tuyen giao va dan van thanh uy hue");
        var front = await Orgs.FindAsync(admin, "uy ban mttq viet nam thanh pho hue");
        var commune = (await Orgs.ChildrenAsync(admin, front.Id)).First();

        var response = await admin.PutAsJsonAsync($"/api/v1/organizations/{front.Id}", new
        {
            name = front.Name,
            typeId = (await admin.GetFromJsonAsync<Org>($"/api/v1/organizations/{front.Id}", ApiClient.Json))!.TypeId,
            level = "Province",
            adminUnitCode = front.AdminUnitCode,
            parentId = (await Orgs.FindAsync(admin, "ban tuyen giao va dan van trung uong")).Id,
            validFrom = "01/07/2025",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var moved = await response.ReadAsync<Org>();
        moved.Path.ShouldNotStartWith((await Orgs.GetAsync(admin, hue.Id)).Path!);
        var child = await admin.GetFromJsonAsync<Org>($"/api/v1/organizations/{commune.Id}", ApiClient.Json);
        child!.Path.ShouldBe($"{moved.Path}{commune.Id}/");
        (await (await factory.BearerAsync("hue.chuyenvien")).GetAsync($"/api/v1/organizations/{commune.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    public sealed record Type(int Id, string Code, string Name);
}

[Collection("sqlite")]
public sealed class SqliteOrganizationsTests(SqliteFixture fixture) : OrganizationsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresOrganizationsTests(PostgresFixture fixture) : OrganizationsTests(fixture.Factory);
