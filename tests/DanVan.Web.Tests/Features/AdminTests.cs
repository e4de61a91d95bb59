using System.Net;
using System.Net.Http.Json;
using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Features;

public abstract class AdminTests(DanVanFactory factory)
{
    [Fact]
    public async Task A_provincial_administrator_creates_users_in_the_province_only()
    {
        var admin = await factory.BearerAsync("nghean.quantri");
        var central = await factory.BearerAsync("admin");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var hue = await Orgs.FindAsync(central, "ban tuyen giao va dan van thanh uy hue");
        var userName = $"na{Guid.NewGuid():N}"[..10];

        var inside = await admin.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Võ Thị Sáu", password = DanVanFactory.Password, organizationId = ngheAn.Id, role = "Leader" });
        var outside = await admin.PostAsJsonAsync("/api/v1/users", new { userName = userName + "x", fullName = "Ngoài Tỉnh", password = DanVanFactory.Password, organizationId = hue.Id, role = "Leader" });

        inside.StatusCode.ShouldBe(HttpStatusCode.Created, await inside.Content.ReadAsStringAsync());
        var user = await inside.ReadAsync<UserInfo>();
        user.Roles.ShouldHaveSingleItem().Role.ShouldBe("Leader");
        outside.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await central.GetFromJsonAsync<Paged<UserInfo>>($"/api/v1/users?q={userName}x", ApiClient.Json))!.Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_provincial_administrator_sees_only_the_roles_a_person_holds_in_the_province()
    {
        var central = await factory.BearerAsync("admin");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var hue = await Orgs.FindAsync(central, "ban tuyen giao va dan van thanh uy hue");
        var userName = $"hr{Guid.NewGuid():N}"[..10];
        var user = await (await central.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Hai Tỉnh", password = DanVanFactory.Password, organizationId = ngheAn.Id, role = "Officer" })).ReadAsync<UserInfo>();
        (await central.PostAsJsonAsync($"/api/v1/users/{user.Id}/roles", new { organizationId = hue.Id, role = "Leader" })).EnsureSuccessStatusCode();

        var seenByNgheAn = await (await factory.BearerAsync("nghean.quantri")).GetFromJsonAsync<UserInfo>($"/api/v1/users/{user.Id}", ApiClient.Json);
        var seenByCentre = await central.GetFromJsonAsync<UserInfo>($"/api/v1/users/{user.Id}", ApiClient.Json);

        seenByNgheAn!.Roles.Select(r => r.OrganizationId).ShouldBe([ngheAn.Id]);
        seenByCentre!.Roles.Select(r => r.OrganizationId).ShouldBe([ngheAn.Id, hue.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked_and_nobody_locks_themselves()
    {
        var central = await factory.BearerAsync("admin");
        var userName = $"lk{Guid.NewGuid():N}"[..10];
        var user = await (await central.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Người Nghỉ Việc", password = DanVanFactory.Password, organizationId = (await Orgs.FindAsync(central, "trung uong")).Id, role = "Officer" })).ReadAsync<UserInfo>();
        var self = (await central.GetFromJsonAsync<Paged<UserInfo>>("/api/v1/users?q=admin", ApiClient.Json))!.Items.First(u => u.UserName == "admin");
        var client = factory.CreateClient();

        (await central.PostAsync($"/api/v1/users/{user.Id}/lock", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var whileLocked = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DanVanFactory.Password });
        (await central.PostAsync($"/api/v1/users/{user.Id}/unlock", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var afterUnlock = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DanVanFactory.Password });
        var selfLock = await central.PostAsync($"/api/v1/users/{self.Id}/lock", null);

        whileLocked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        afterUnlock.StatusCode.ShouldBe(HttpStatusCode.OK);
        selfLock.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await selfLock.ReadAsync<Problem>()).Errors!.Values.SelectMany(v => v).ShouldContain("Bạn không thể tự khóa tài khoản của mình.");
    }

    [Fact]
    public async Task A_weak_password_and_a_taken_name_are_reported_per_field()
    {
        var admin = await factory.BearerAsync("admin");
        var central = await Orgs.FindAsync(admin, "trung uong");

        var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "bad name!", fullName = "", password = "abc", organizationId = central.Id, role = "Officer" });
        var taken = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "admin", fullName = "Trùng Tên", password = DanVanFactory.Password, organizationId = central.Id, role = "Officer" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadAsync<Problem>()).Errors!.Keys.ShouldContain("FullName");
        taken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await taken.ReadAsync<Problem>()).Errors!["UserName"].ShouldContain("Tên đăng nhập \"admin\" đã được dùng.");
    }

    [Fact]
    public async Task A_role_given_in_a_province_opens_that_province_and_taking_it_back_closes_it()
    {
        var central = await factory.BearerAsync("admin");
        var hue = await Orgs.FindAsync(central, "ban tuyen giao va dan van thanh uy hue");
        var userName = $"vt{Guid.NewGuid():N}"[..10];
        var created = await (await central.PostAsJsonAsync("/api/v1/users", new { userName, fullName = "Người Vai Trò", password = DanVanFactory.Password, organizationId = (await Orgs.FindAsync(central, "trung uong")).Id, role = "Officer" })).ReadAsync<UserInfo>();
        var firstRole = created.Roles.Single().Id;

        var added = await central.PostAsJsonAsync($"/api/v1/users/{created.Id}/roles", new { organizationId = hue.Id, role = "Leader" });
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await central.DeleteAsync($"/api/v1/users/{created.Id}/roles/{firstRole}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var person = await factory.BearerAsync(userName);
        (await person.GetAsync($"/api/v1/organizations/{hue.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.GetAsync($"/api/v1/organizations/{(await Orgs.FindAsync(central, "tinh uy nghe an")).Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Officers_cannot_read_users_or_the_audit_trail()
    {
        var officer = await factory.BearerAsync("tw.chuyenvien");

        (await officer.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateClient().GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Organisation_types_are_data_edited_by_central_administrators_only()
    {
        var central = await factory.BearerAsync("admin");
        var provincial = await factory.BearerAsync("nghean.quantri");
        var code = $"T{Guid.NewGuid():N}"[..8].ToUpperInvariant();

        var refused = await provincial.PostAsJsonAsync("/api/v1/organization-types", new { code, name = "Loại thử" });
        var created = await central.PostAsJsonAsync("/api/v1/organization-types", new { code, name = "Hội Người cao tuổi", sortOrder = 170 });
        var duplicate = await central.PostAsJsonAsync("/api/v1/organization-types", new { code, name = "Trùng mã" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var types = await central.GetFromJsonAsync<List<OrganizationsTests.Type>>("/api/v1/organization-types", ApiClient.Json);
        types!.ShouldContain(t => t.Code == code && t.Name == "Hội Người cao tuổi");
    }

    [Fact]
    public async Task The_audit_trail_filters_by_person_entity_and_date_and_a_province_sees_only_its_own()
    {
        var central = await factory.BearerAsync("admin");
        var ngheAnAdmin = await factory.BearerAsync("nghean.quantri");
        var hueAdmin = await factory.BearerAsync("hue.quantri");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var hue = await Orgs.FindAsync(central, "ban tuyen giao va dan van thanh uy hue");
        var ngheAnChild = await CreateChildAsync(ngheAnAdmin, ngheAn, "Tổ nhật ký Nghệ An");
        var hueChild = await CreateChildAsync(hueAdmin, hue, "Tổ nhật ký Huế");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var seeded = await central.GetFromJsonAsync<Paged<AuditRow>>($"/api/v1/audit?user=hệ thống&entity=Organization&from={today}&pageSize=50", ApiClient.Json);
        var byHue = await central.GetFromJsonAsync<Paged<AuditRow>>($"/api/v1/audit?user=hue.quantri&entity=Organization&pageSize=50", ApiClient.Json);
        var own = await ngheAnAdmin.GetFromJsonAsync<Paged<AuditRow>>("/api/v1/audit?entity=Organization&pageSize=100", ApiClient.Json);
        var badDate = await central.GetAsync("/api/v1/audit?from=hôm-qua");

        seeded!.Items.ShouldContain(a => a.Action == "DemoSeeded");
        seeded.Items.ShouldAllBe(a => a.UserName == "hệ thống" && a.EntityType == "Organization");
        byHue!.Items.ShouldContain(a => a.EntityId == hueChild.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "Created");
        byHue.Items.ShouldAllBe(a => a.UserName == "hue.quantri");
        own!.Items.ShouldContain(a => a.OrganizationId == ngheAnChild);
        own.Items.ShouldNotContain(a => a.OrganizationId == hueChild || a.OrganizationId == hue.Id);
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static readonly int[] WrittenHours = [2, 0, 1];
    private static readonly string[] ByTime = ["2", "1", "0"];

    [Fact]
    public async Task The_audit_log_counts_up_to_ten_thousand_lists_by_time_and_exports_every_filtered_entry_more_than_sqlite_binds_at_once()
    {
        // More entries than SQLite takes variables in one statement: a list of ids would fail.
        const int Count = 33_000;
        var user = $"xuat{Guid.NewGuid():N}"[..16];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entry = db.Model.FindEntityType(typeof(AuditEntry))!;
            string Column(string property) => entry.FindProperty(property)!.GetColumnName();
            var insert = $$"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {{Count}})
                INSERT INTO "{{entry.GetTableName()}}" ("{{Column("At")}}", "{{Column("UserName")}}", "{{Column("EntityType")}}", "{{Column("EntityId")}}", "{{Column("Action")}}")
                SELECT {0}, {1}, 'AuditExportTest', CAST(i AS TEXT), 'Updated' FROM n
                """;
            await db.Database.ExecuteSqlRawAsync(insert, DateTime.UtcNow, user);
            // Entries written in an order other than their time's (an import, a clock): the log lists by time.
            var start = DateTime.UtcNow.AddDays(-3);
            db.AuditEntries.AddRange([.. WrittenHours.Select(hours => new AuditEntry
            {
                At = start.AddHours(hours), UserName = $"{user}x", EntityType = "AuditOrderTest", EntityId = hours.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = "Updated",
            })]);
            await db.SaveChangesAsync();
        }

        var central = await factory.BrowserAsync("admin");
        var page = await central.GetStringAsync($"/Admin/Audit?user={user}");
        var firstPage = await (await factory.BearerAsync("admin")).GetFromJsonAsync<CappedPage>($"/api/v1/audit?user={user}&pageSize=100", ApiClient.Json);
        var lastPage = await (await factory.BearerAsync("admin")).GetFromJsonAsync<CappedPage>($"/api/v1/audit?user={user}&pageSize=100&page=330", ApiClient.Json);
        var byTime = await (await factory.BearerAsync("admin")).GetFromJsonAsync<CappedPage>($"/api/v1/audit?user={user}x", ApiClient.Json);
        var export = await central.GetAsync($"/Admin/Audit?user={user}&handler=Export");
        var province = await (await factory.BrowserAsync("nghean.quantri")).GetAsync($"/Admin/Audit?user={user}&handler=Export");
        var officer = await (await factory.BrowserAsync("nghean.chuyenvien")).GetAsync($"/Admin/Audit?user={user}&handler=Export");

        // Counted up to 10,000: the page says "more than" and still pages past it.
        (firstPage!.Total, firstPage.TotalCapped, firstPage.Items.Count).ShouldBe((10_000, true, 100));
        page.ShouldContain("Hơn 10.000 thay đổi");
        byTime!.Items.Select(a => a.EntityId).ShouldBe(ByTime);
        (byTime.Total, byTime.TotalCapped).ShouldBe((3, false));
        page.ShouldContain($"href=\"?user={user}&amp;handler=Export\"");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = Workbook.Rows(await export.Content.ReadAsByteArrayAsync());
        rows[0].ShouldBe(["Thời điểm", "Người thực hiện", "Mã tổ chức", "Dữ liệu", "Mã bản ghi", "Thao tác", "Trước", "Sau"]);
        rows.Count.ShouldBe(Count + 1);
        // An entry without an organisation keeps its empty cell: the entry's id is the fifth column, the action the sixth.
        rows.Skip(1).Take(100).Select(r => r[4]).ShouldBe(firstPage.Items.Select(a => a.EntityId));
        rows.TakeLast(100).Select(r => r[4]).ShouldBe(lastPage!.Items.Select(a => a.EntityId));
        rows.Skip(1).Select(r => r[4]).ToHashSet().SetEquals(Enumerable.Range(1, Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ShouldBeTrue();
        rows.Skip(1).ShouldAllBe(r => r[1] == user && r[5] == "Sửa");
        // A province's administrator sees only its own organisations' entries; an officer no audit at all.
        Workbook.Rows(await province.Content.ReadAsByteArrayAsync()).Count.ShouldBe(1);
        officer.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static async Task<int> CreateChildAsync(HttpClient admin, Org parent, string name)
    {
        var types = await admin.GetFromJsonAsync<List<OrganizationsTests.Type>>("/api/v1/organization-types", ApiClient.Json);
        var response = await admin.PostAsJsonAsync("/api/v1/organizations", new
        {
            name,
            typeId = types!.Single(t => t.Code == "CQ").Id,
            level = "Province",
            adminUnitCode = parent.AdminUnitCode,
            parentId = parent.Id,
            validFrom = "01/01/2026",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Org>()).Id;
    }
}

[Collection("sqlite")]
public sealed class SqliteAdminTests(SqliteFixture fixture) : AdminTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresAdminTests(PostgresFixture fixture) : AdminTests(fixture.Factory);

/// <summary>A page of the audit log as a client reads it: counted up to a limit, and whether there are more.</summary>
public sealed record CappedPage(List<AuditRow> Items, int Total, bool TotalCapped);
