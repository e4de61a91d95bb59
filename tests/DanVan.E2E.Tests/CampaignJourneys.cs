using System.Globalization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class CampaignJourneys(BrowserFixture fixture)
{
    [Fact]
    public async Task A_province_launches_a_Tet_campaign_communes_record_their_results_and_the_totals_consolidate_to_the_province()
    {
        var central = await fixture.Factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var communes = await Reporting.CommuneCommitteesAsync(central, ngheAn.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "nghean.chuyenvien");

        await page.GotoAsync("/");
        await page.Locator("#sidebar").GetByRole(AriaRole.Link, new() { Name = "Phong trào" }).ClickAsync();
        await page.GetByTestId("new-campaign").ClickAsync();
        await page.GetByLabel("Loại").SelectOptionAsync("TetCare");
        await page.GetByLabel("Tên phong trào, cuộc vận động").FillAsync("Chăm lo Tết cho hộ nghèo vùng bãi ngang");
        await page.GetByLabel("Đơn vị phát động").SelectOptionAsync(ngheAn.Id.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Từ ngày").FillAsync(today.AddDays(-20).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.GetByLabel("Đến ngày").FillAsync(today.AddDays(20).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.GetByLabel("Đoàn thăm, tặng quà").CheckAsync();
        await page.GetByLabel("Suất quà tặng hộ nghèo, hộ cận nghèo").CheckAsync();
        await page.GetByLabel("Tổng giá trị quà").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Phát động" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Campaigns/Details/", StringComparison.Ordinal));
        (await page.GetByTestId("phase").InnerTextAsync()).ShouldBe("Đang diễn ra");

        await page.GetByLabel("Các đơn vị trực thuộc của tổ chức chọn bên cạnh").CheckAsync();
        await page.GetByLabel("Tổ chức", new() { Exact = true }).SelectOptionAsync(ngheAn.Id.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm", Exact = true }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("đơn vị tham gia");

        foreach (var (commune, visits, gifts, money) in new[] { (communes[90], "2", "120", "36.000.000"), (communes[91], "1", "80", "24.000.000") })
        {
            await page.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync(commune.Id.ToString(CultureInfo.InvariantCulture));
            await page.GetByLabel("Đoàn thăm, tặng quà (đoàn)").FillAsync(visits);
            await page.GetByLabel("Suất quà tặng hộ nghèo, hộ cận nghèo (suất)").FillAsync(gifts);
            await page.GetByLabel("Tổng giá trị quà (đồng)").FillAsync(money);
            await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận", Exact = true }).ClickAsync();
            (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã ghi nhận kết quả");
        }

        var total = page.GetByTestId("total-row");
        (await total.Locator("td").Nth(0).InnerTextAsync()).ShouldBe("3");
        (await total.Locator("td").Nth(1).InnerTextAsync()).ShouldBe("200");
        (await total.Locator("td").Nth(2).InnerTextAsync()).ShouldBe("60.000.000");
        (await page.GetByTestId("totals").Locator($"tr[data-organization='{communes[90].Id}']").InnerTextAsync()).ShouldContain("36.000.000");
        (await page.GetByTestId("reporting").InnerTextAsync()).ShouldStartWith("2/");
        await Journey.ShotAsync(page, "campaign-totals-desktop");

        await page.GetByLabel("Đoàn thăm, tặng quà (đoàn)").FillAsync("hai");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận", Exact = true }).ClickAsync();
        (await page.Locator(".invalid-feedback").First.InnerTextAsync()).ShouldContain("phải là một số không âm");
        (await page.GetByTestId("total-row").Locator("td").Nth(0).InnerTextAsync()).ShouldBe("3");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_campaign_page_fits_the_screen_and_labels_its_fields(bool phone)
    {
        var clerk = await fixture.Factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(clerk, "ban tuyen giao va dan van tinh uy nghe an");
        var communes = await Reporting.CommuneCommitteesAsync(clerk, commission.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var campaign = await CampaignClient.LaunchAsync(clerk, CampaignClient.Campaign(commission.Id, "Cuộc vận động ủng hộ Quỹ “Vì người nghèo” và hỗ trợ xây nhà Đại đoàn kết cho hộ nghèo",
            kind: "Drive", startsOn: today.AddDays(-10).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), endsOn: today.AddDays(50).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            codes: ["QUY_VNN", "HO_NHA", "NHA_MOI", "NHA_SUA", "HO_SINHKE", "DOAN_THAM", "QUA_NGHEO", "GIA_TRI_QUA"]));
        await CampaignClient.AddAsync(clerk, campaign.Id, new { preset = "List", organizationIds = new[] { communes[92].Id, communes[93].Id } });
        (await CampaignClient.RecordAsync(clerk, campaign, communes[92].Id, today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), ("QUY_VNN", "1.250.000.000"), ("HO_NHA", 12))).EnsureSuccessStatusCode();
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "nghean.chuyenvien");
        var pages = new Dictionary<string, string>
        {
            ["campaigns"] = $"/Campaigns?organizationId={commission.Id}",
            ["campaigns-empty"] = $"/Campaigns?organizationId={commission.Id}&q=khong+co+phong+trao+nay",
            ["campaign-new"] = "/Campaigns/Edit?kind=TetCare",
            ["campaign-details"] = $"/Campaigns/Details/{campaign.Id}",
            ["campaign-commune"] = $"/Campaigns/Details/{campaign.Id}?organizationId={communes[92].Id}",
            ["campaign-edit"] = $"/Campaigns/Edit/{campaign.Id}",
        };

        await Journey.CheckPagesFitAsync(page, pages, phone);
    }
}
