using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class FoundationJourneys(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_signs_in_and_lands_on_a_Vietnamese_home_page()
    {
        var page = await fixture.NewPageAsync();

        await Journey.SignInAsync(page, "tw.lanhdao");

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Xin chào, Trần Văn Minh");
        (await page.Locator("nav[aria-label='Điều hướng chính']").InnerTextAsync()).ShouldContain("Tổ chức");
        await Journey.ShotAsync(page, "home-desktop");
    }

    [Fact]
    public async Task The_organisation_tree_opens_level_by_level()
    {
        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "admin");

        await page.GotoAsync("/Organizations");
        await Journey.ShotAsync(page, "tree-closed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở các tổ chức trực thuộc Ban Tuyên giáo và Dân vận Trung ương" }).ClickAsync();
        var province = page.GetByRole(AriaRole.Link, new() { Name = "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", Exact = true });
        await province.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở các tổ chức trực thuộc Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ủy ban MTTQ Việt Nam tỉnh Nghệ An" }).WaitForAsync();

        (await page.Locator("a", new() { HasTextString = "Đảng ủy" }).CountAsync()).ShouldBeGreaterThan(100);
        await Journey.ShotAsync(page, "tree-desktop");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mở các tổ chức trực thuộc Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An" }).ClickAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Ủy ban MTTQ Việt Nam tỉnh Nghệ An" }).IsVisibleAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_unit_typed_without_diacritics_is_found_as_you_type()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/Units");
        await page.GetByLabel("Tên đơn vị").FillAsync("dak lak");
        var result = page.Locator("#unit-results").GetByRole(AriaRole.Link, new() { Name = "Tỉnh Đắk Lắk" });
        await result.WaitForAsync();

        Uri.UnescapeDataString(page.Url).ShouldContain("q=dak lak", Case.Insensitive);
        await Journey.ShotAsync(page, "units-search-desktop");
        await result.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Tỉnh Đắk Lắk" }).WaitForAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Đơn vị trực thuộc");
    }

    [Fact]
    public async Task A_provincial_user_is_refused_another_provinces_organisation()
    {
        var admin = await fixture.Factory.BearerAsync("admin");
        var dakLak = await Orgs.FindAsync(admin, "ban tuyen giao va dan van tinh uy dak lak");
        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "nghean.chuyenvien");

        var response = await page.GotoAsync($"/Organizations/Details/{dakLak.Id}");

        response!.Status.ShouldBe(403);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Không có quyền");
        (await page.ContentAsync()).ShouldNotContain("Đắk Lắk");
        await Journey.ShotAsync(page, "refused-desktop");
    }

    [Fact]
    public async Task On_a_phone_the_menu_folds_away_and_the_tree_still_works()
    {
        var page = await fixture.NewPageAsync(phone: true);
        await Journey.SignInAsync(page, "nghean.quantri");

        (await page.Locator("#sidebar").IsVisibleAsync()).ShouldBeFalse();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở menu" }).ClickAsync();
        await page.Locator("#sidebar").GetByRole(AriaRole.Link, new() { Name = "Tổ chức", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở các tổ chức trực thuộc Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ủy ban MTTQ Việt Nam tỉnh Nghệ An" }).WaitForAsync();

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(390, "nothing may overflow the phone's width");
        await Journey.ShotAsync(page, "tree-phone");
    }

    [Fact]
    public async Task An_administrator_adds_an_organisation_through_the_form_and_sees_errors_first()
    {
        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "hue.quantri");
        var admin = await fixture.Factory.BearerAsync("admin");
        var hue = await Orgs.FindAsync(admin, "ban tuyen giao va dan van thanh uy hue");

        await page.GotoAsync($"/Organizations/Create?parentId={hue.Id}");
        await page.GetByLabel("Tên tổ chức").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        (await page.Locator(".validation-summary-errors").InnerTextAsync()).ShouldContain("Vui lòng nhập tên tổ chức.");
        await Journey.ShotAsync(page, "org-create-errors");

        await page.GetByLabel("Tên tổ chức").FillAsync("Hội Cựu chiến binh phường Thuận Hóa");
        await page.GetByLabel("Loại tổ chức").SelectOptionAsync(new SelectOptionValue { Label = "Hội Cựu chiến binh" });
        await page.GetByLabel("Đơn vị hành chính").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Organizations/Details/", StringComparison.Ordinal));
        await Journey.ShotAsync(page, "org-created");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Hội Cựu chiến binh phường Thuận Hóa" }).WaitForAsync();
        (await page.Locator(".alert-success").InnerTextAsync()).ShouldContain("Đã thêm tổ chức");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_main_page_fits_the_screen_at_desktop_and_phone_width(bool phone)
    {
        var admin = await fixture.Factory.BearerAsync("admin");
        var ngheAn = await Orgs.FindAsync(admin, "ban tuyen giao va dan van tinh uy nghe an");
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "admin");
        var pages = new Dictionary<string, string>
        {
            ["units"] = "/Units?q=hoa+binh",
            ["unit-details"] = "/Units/Details/00004",
            ["org-details"] = $"/Organizations/Details/{ngheAn.Id}",
            ["org-search"] = "/Organizations?q=mttq+nghe+an",
            ["users"] = "/Admin/Users",
            ["user-create"] = "/Admin/Users/Create",
            ["types"] = "/Admin/OrganizationTypes",
            ["audit"] = "/Admin/Audit",
            ["two-factor"] = "/Account/TwoFactor",
        };

        foreach (var (name, url) in pages)
        {
            var response = await page.GotoAsync(url);
            response!.Status.ShouldBe(200, url);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            var viewport = phone ? 390 : 1366;
            width.ShouldBeLessThanOrEqualTo(viewport, $"{url} overflows the {viewport}px screen: {string.Join(", ", await page.EvaluateAsync<string[]>(Journey.Overflowing))}");
            (await page.EvaluateAsync<string[]>(Journey.UnlabelledControls)).ShouldBeEmpty($"{url} has form controls without a label");
            (await page.Locator("main#main").CountAsync()).ShouldBe(1, url);
            (await page.Locator("h1").CountAsync()).ShouldBe(1, url);
            (await page.Locator("img:not([alt])").CountAsync()).ShouldBe(0, url);
            await Journey.ShotAsync(page, $"{name}-{(phone ? "phone" : "desktop")}");
        }
    }
}
