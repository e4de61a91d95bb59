using System.Globalization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class ModelJourneys(BrowserFixture fixture)
{
    [Fact]
    public async Task A_province_clerk_registers_a_model_with_a_photo_recognises_it_replicates_it_in_another_commune_and_sees_it_in_the_statistics()
    {
        var central = await fixture.Factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var communes = await Reporting.CommuneCommitteesAsync(central, ngheAn.Id);
        var (origin, replica) = (communes[80], communes[81]);
        var year = DateTime.UtcNow.AddHours(7).Year;
        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "nghean.chuyenvien");

        await page.GotoAsync("/");
        await page.Locator("#sidebar").GetByRole(AriaRole.Link, new() { Name = "Dân vận khéo" }).ClickAsync();
        await page.GetByTestId("new-model").ClickAsync();
        await page.GetByLabel("Tên mô hình").FillAsync("Tổ dân vận khéo giữ gìn vệ sinh môi trường");
        await page.GetByLabel("Cơ quan, tổ chức thực hiện").SelectOptionAsync(origin.Id.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Lĩnh vực").SelectOptionAsync("CultureSociety");
        await page.GetByLabel("Mô tả mô hình").FillAsync("Mỗi tổ dân vận phụ trách một tuyến đường, vận động các hộ phân loại rác tại nguồn.");
        await page.GetByLabel("Số liệu 1").FillAsync("1.240");
        await page.GetByLabel("Đơn vị tính").First.FillAsync("hộ");
        await page.GetByLabel("Nội dung").First.FillAsync("phân loại rác tại nguồn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký mô hình" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Models/Details/", StringComparison.Ordinal));
        (await page.GetByTestId("model-results").InnerTextAsync()).ShouldContain("1.240");

        await page.GetByLabel("Ảnh (JPG, PNG)").SetInputFilesAsync(new FilePayload { Name = "ra-quan.png", MimeType = "image/png", Buffer = ModelClient.Png(1200, 800) });
        await page.GetByLabel("Chú thích").FillAsync("Ra quân làm sạch tuyến đường");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải ảnh lên" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã thêm ảnh");
        (await page.GetByTestId("photos").Locator("img").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBe(320);

        await page.GetByText("Ghi quyết định công nhận").ClickAsync();
        await page.GetByLabel("Số quyết định").FillAsync("215-QĐ/BTGDV");
        await page.GetByLabel("Cơ quan ban hành").FillAsync("Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An");
        await page.GetByLabel("Cấp công nhận").SelectOptionAsync("Province");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi công nhận" }).ClickAsync();
        (await page.GetByTestId("state").InnerTextAsync()).ShouldContain("Đã công nhận");
        (await page.GetByTestId("recognitions").InnerTextAsync()).ShouldContain("Còn hiệu lực");
        await Journey.ShotAsync(page, "model-recognised-desktop");

        await page.GetByText("Nhân rộng mô hình ở đơn vị khác").ClickAsync();
        await page.GetByLabel("Đơn vị nhân rộng").SelectOptionAsync(replica.Id.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhân rộng", Exact = true }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã nhân rộng mô hình");
        (await page.GetByTestId("tree").InnerTextAsync()).ShouldContain(replica.Name);
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem mô hình gốc" }).ClickAsync();
        (await page.GetByTestId("direct-replicas").InnerTextAsync()).ShouldBe("1");
        await Journey.ShotAsync(page, "model-tree-desktop");

        await page.GotoAsync($"/Models/Statistics?organizationId={replica.Id}");
        var row = page.GetByTestId("stats-field").Locator("tr[data-row='CultureSociety']");
        (await row.Locator("td").Nth(4).InnerTextAsync()).ShouldBe("1");
        (await row.Locator("td").Nth(5).InnerTextAsync()).ShouldBe("1");
        await page.GotoAsync($"/Models/Statistics?organizationId={ngheAn.Id}&fromYear={year}&toYear={year}");
        (await page.GetByTestId("stats-field").Locator("tr[data-row='CultureSociety'] td").Nth(1).InnerTextAsync()).ShouldNotBe("0");
        await Journey.ShotAsync(page, "model-statistics-desktop");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_model_page_fits_the_screen_and_labels_its_fields(bool phone)
    {
        var clerk = await fixture.Factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(clerk, "ban tuyen giao va dan van tinh uy nghe an");
        var communes = await Reporting.CommuneCommitteesAsync(clerk, commission.Id);
        var model = await ModelClient.RegisterAsync(clerk, ModelClient.Model(communes[82].Id, "Dân vận khéo trong vận động hiến đất mở rộng đường liên xã qua ba thôn vùng bãi ngang", published: true));
        await ModelClient.RecogniseAsync(clerk, model.Id, ModelClient.Recognition());
        await ModelClient.UploadAsync(clerk, model.Id, ModelClient.Png(), "anh.png", caption: "Nhân dân tháo dỡ tường rào");
        await ModelClient.ReplicateAsync(clerk, model.Id, communes[83].Id);
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "nghean.chuyenvien");
        var pages = new Dictionary<string, string>
        {
            ["models"] = $"/Models?organizationId={commission.Id}",
            ["models-empty"] = $"/Models?organizationId={communes[84].Id}",
            ["model-new"] = "/Models/Edit",
            ["model-details"] = $"/Models/Details/{model.Id}",
            ["model-edit"] = $"/Models/Edit/{model.Id}",
            ["model-statistics"] = $"/Models/Statistics?organizationId={commission.Id}",
            ["model-showcase"] = "/Models/Showcase",
            ["model-showcase-one"] = $"/Models/Showcase?id={model.Id}",
        };

        await Journey.CheckPagesFitAsync(page, pages, phone);
    }
}
