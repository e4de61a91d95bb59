using System.Net;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Features;

public abstract class UnitsTests(DanVanFactory factory)
{
    [Theory]
    [InlineData("da nang", "Đà Nẵng")]
    [InlineData("dak lak", "Đắk Lắk")]
    [InlineData("thu duc", "Thủ Đức")]
    [InlineData("hoa binh", "Hòa Bình")]
    [InlineData("hoà bình", "Hòa Bình")]
    [InlineData("HÒA BÌNH", "Hòa Bình")]
    [InlineData("Ðà Nẵng", "Đà Nẵng")]
    public async Task Unit_search_without_diacritics_finds_the_written_name_without_sign_in(string typed, string expected)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/v1/units?q={Uri.EscapeDataString(typed)}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadAsync<Paged<Unit>>();
        page.Items.ShouldNotBeEmpty();
        page.Items[0].Name.ShouldBe(expected);
        page.Items.ShouldAllBe(u => u.Code.Length > 0 && u.Type.Length > 0 && u.Level >= 1);
    }

    [Fact]
    public async Task Units_filter_by_level_and_parent_code()
    {
        var client = factory.CreateClient();

        var provinces = await (await client.GetAsync("/api/v1/units?level=1&pageSize=100")).ReadAsync<Paged<Unit>>();
        var communesOfDaNang = await (await client.GetAsync("/api/v1/units?level=2&parentCode=48&pageSize=100")).ReadAsync<Paged<Unit>>();

        provinces.Total.ShouldBe(34);
        provinces.Items.ShouldAllBe(u => u.ParentCode == null);
        communesOfDaNang.Total.ShouldBeGreaterThan(50);
        communesOfDaNang.Items.ShouldAllBe(u => u.ParentCode == "48" && u.Level == 2);
    }

    [Fact]
    public async Task The_2025_list_has_34_provinces_and_3321_communes()
    {
        var client = factory.CreateClient();

        var provinces = await (await client.GetAsync("/api/v1/units?level=1&pageSize=1")).ReadAsync<Paged<Unit>>();
        var communes = await (await client.GetAsync("/api/v1/units?level=2&pageSize=1")).ReadAsync<Paged<Unit>>();
        var before = await (await client.GetAsync("/api/v1/units?level=3&pageSize=1&on=2025-06-30")).ReadAsync<Paged<Unit>>();

        provinces.Total.ShouldBe(34);
        communes.Total.ShouldBe(3321);
        before.Total.ShouldBe(10035);
    }

    [Fact]
    public async Task A_later_change_keeps_history_Dong_Nai_was_a_province_before_30_April_2026()
    {
        var client = factory.CreateClient();

        var before = await (await client.GetAsync("/api/v1/units?q=dong%20nai&level=1&on=2026-01-01")).ReadAsync<Paged<Unit>>();
        var after = await (await client.GetAsync("/api/v1/units?q=dong%20nai&level=1&on=2026-05-01")).ReadAsync<Paged<Unit>>();

        before.Items.Single().Type.ShouldBe("tỉnh");
        after.Items.Single().Type.ShouldBe("thành phố");
        after.Items.Single().FullName.ShouldBe("Thành phố Đồng Nai");
    }

    [Fact]
    public async Task A_2025_commune_lists_its_predecessors_and_an_old_commune_its_successor()
    {
        var client = factory.CreateClient();

        var newUnit = JsonShapes.Parse(await client.GetStringAsync("/api/v1/units/00004"));
        var oldUnit = JsonShapes.Parse(await client.GetStringAsync("/api/v1/units/00013"));

        newUnit.GetProperty("current").GetProperty("fullName").GetString().ShouldBe("Phường Ba Đình");
        newUnit.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldContain("00013");
        oldUnit.GetProperty("successors").EnumerateArray().Select(p => p.GetProperty("fullName").GetString()).ShouldContain("Phường Ba Đình");
    }

    [Theory]
    [InlineData("/api/v1/units?level=9")]
    [InlineData("/api/v1/units?level=abc")]
    [InlineData("/api/v1/units?on=31-31-2025")]
    public async Task Bad_filters_answer_400_in_Vietnamese(string url)
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ReadAsync<Problem>();
        problem.Title.ShouldNotBeNullOrWhiteSpace();
        problem.Title.ShouldNotContain("One or more");
        (problem.Title + problem.Detail).ShouldMatch("[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụóòỏõọéèẻẽẹ]");
    }

    [Fact]
    public async Task Unknown_unit_is_404_with_a_Vietnamese_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/units/99999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.ReadAsync<Problem>()).Title.ShouldBe("Không tìm thấy");
    }

    [Fact]
    public async Task Units_page_finds_a_name_typed_without_diacritics()
    {
        var html = await factory.CreateClient().GetStringAsync("/Units?q=dak+lak");

        html.ShouldContain("Tỉnh Đắk Lắk");
        html.ShouldContain("Tìm thấy");
    }
}

[Collection("sqlite")]
public sealed class SqliteUnitsTests(SqliteFixture fixture) : UnitsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresUnitsTests(PostgresFixture fixture) : UnitsTests(fixture.Factory);
