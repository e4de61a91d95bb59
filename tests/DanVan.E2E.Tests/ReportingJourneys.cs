using System.Net.Http.Json;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class ReportingJourneys(BrowserFixture fixture)
{
    private const string Quarterly = "BC-DV-QUY";

    private static ReportingPeriod ThisQuarter => ReportingPeriod.Containing(PeriodType.Quarter, ReportSchedule.VietnamDay(DateTime.UtcNow));

    [Fact]
    public async Task A_commune_sends_the_province_returns_the_commune_fixes_and_the_province_approves_and_consolidates()
    {
        var commune = await fixture.NewPageAsync();
        await Journey.SignInAsync(commune, "nghean.xa.chuyenvien");
        await commune.GotoAsync("/Reports");
        await Journey.ShotAsync(commune, "reports-desktop");
        await commune.GetByTestId($"open-{ThisQuarter.Key}").ClickAsync();
        await commune.WaitForURLAsync("**/Reports/Report/**");
        var reportUrl = commune.Url;

        await commune.Locator("#v-TCD_BUOI").FillAsync("8");
        await commune.Locator("#v-TCD_BT").FillAsync("9");
        await commune.Locator("#v-TCD_BT").PressAsync("Tab");
        await commune.Locator("#save-status [data-saved-revision]").WaitForAsync();
        await Journey.ShotAsync(commune, "report-fill-desktop");

        await commune.GetByTestId("submit-report").ClickAsync();
        (await commune.Locator(".alert-danger").First.InnerTextAsync()).ShouldContain("không thể lớn hơn tổng số buổi tiếp công dân");
        await commune.Locator("#v-TCD_BT").FillAsync("4");
        await commune.GetByTestId("submit-report").ClickAsync();
        await commune.Locator(".alert-success").WaitForAsync();
        (await commune.GetByTestId("report-status").InnerTextAsync()).ShouldBe("Đã gửi");

        var province = await fixture.NewPageAsync();
        await Journey.SignInAsync(province, "nghean.lanhdao");
        await province.GotoAsync(reportUrl);
        await province.Locator("#reason").FillAsync("Số buổi tiếp công dân chưa khớp sổ theo dõi.");
        await province.GetByTestId("return-report").ClickAsync();
        (await province.GetByTestId("report-status").InnerTextAsync()).ShouldBe("Trả lại");

        await commune.ReloadAsync();
        (await commune.GetByTestId("return-reason").InnerTextAsync()).ShouldContain("chưa khớp sổ theo dõi");
        await commune.Locator("#v-TCD_BUOI").FillAsync("10");
        await commune.GetByTestId("submit-report").ClickAsync();
        await commune.Locator(".alert-success").WaitForAsync();
        (await commune.GetByTestId("report-status").InnerTextAsync()).ShouldBe("Đã gửi");

        await province.GotoAsync(reportUrl);
        await province.GetByTestId("approve-report").ClickAsync();
        (await province.GetByTestId("report-status").InnerTextAsync()).ShouldBe("Đã duyệt");

        var admin = await fixture.Factory.BearerAsync("admin");
        var ngheAn = await Orgs.FindAsync(admin, "ban tuyen giao va dan van tinh uy nghe an");
        await province.GotoAsync($"/Reports/Consolidation/{ngheAn.Id}?form={Quarterly}&period={ThisQuarter.Key}");
        (await province.GetByTestId("total-TCD_BUOI").InnerTextAsync()).ShouldBe("10");
        (await province.GetByTestId("total-TCD_BT").InnerTextAsync()).ShouldBe("4");
        await Journey.ShotAsync(province, "consolidation-desktop");

        var download = await province.RunAndWaitForDownloadAsync(() => province.GetByRole(AriaRole.Link, new() { Name = "Word (mẫu Đảng)" }).ClickAsync());
        using var word = WordprocessingDocument.Open(await download.PathAsync(), false);
        var body = word.MainDocumentPart!.Document.Body!;
        body.InnerText.ShouldContain("ĐẢNG CỘNG SẢN VIỆT NAM");
        body.InnerText.ShouldContain("ĐẢNG BỘ TỈNH NGHỆ AN");
        var row = body.Descendants<TableRow>().First(r => r.InnerText.Contains("Số buổi tiếp công dân", StringComparison.Ordinal));
        row.Descendants<TableCell>().Select(c => c.InnerText).ShouldContain("10");
    }

    [Fact]
    public async Task Sending_while_an_autosave_is_still_on_its_way_waits_for_it_and_sends()
    {
        var thisHalf = ReportingPeriod.Containing(PeriodType.HalfYear, ReportSchedule.VietnamDay(DateTime.UtcNow));
        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "hue.xa.chuyenvien");
        await page.GotoAsync("/Reports");
        await page.GetByTestId($"open-{thisHalf.Key}").ClickAsync();
        await page.WaitForURLAsync("**/Reports/Report/**");

        // The server takes the autosave at once, but its answer reaches the browser only after
        // the person has pressed "Gửi báo cáo": the submit must not go with the older revision.
        var autosaveReached = new TaskCompletionSource();
        await page.RouteAsync("**/Reports/Report/*handler=Autosave*", async route =>
        {
            var response = await route.FetchAsync();
            autosaveReached.TrySetResult();
            await Task.Delay(1500);
            await route.FulfillAsync(new() { Response = response });
        });
        await page.Locator("#v-MH_TONG").FillAsync("3");
        await page.Locator("#v-MH_TONG").PressAsync("Tab");
        await autosaveReached.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await page.GetByTestId("submit-report").ClickAsync();

        await page.Locator(".alert-success").WaitForAsync();
        (await page.GetByTestId("report-status").InnerTextAsync()).ShouldBe("Đã gửi");
        (await page.Locator("#v-MH_TONG").InnerTextAsync()).ShouldBe("3");
    }

    [Fact]
    public async Task A_value_typed_while_offline_is_kept_and_saved_when_the_connection_returns()
    {
        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "daklak.xa.chuyenvien");
        await page.GotoAsync("/Reports");
        await page.GetByTestId($"open-{ThisQuarter.Key}").ClickAsync();
        await page.WaitForURLAsync("**/Reports/Report/**");

        await page.Context.SetOfflineAsync(true);
        await page.Locator("#v-DTH_CUOC").FillAsync("5");
        await page.Locator("#v-DTH_CUOC").PressAsync("Tab");
        await page.Locator("#save-status", new() { HasTextString = "Mất kết nối" }).WaitForAsync();
        await page.Context.SetOfflineAsync(false);
        await page.Locator("#save-status [data-saved-revision]").WaitForAsync();

        await page.ReloadAsync();
        (await page.Locator("#v-DTH_CUOC").InputValueAsync()).ShouldBe("5");
    }

    [Fact]
    public async Task The_second_of_two_people_saving_the_same_report_is_told_and_overwrites_nothing()
    {
        var first = await fixture.NewPageAsync();
        await Journey.SignInAsync(first, "hue.xa.chuyenvien");
        await first.GotoAsync("/Reports");
        await first.GetByTestId($"open-{ThisQuarter.Key}").ClickAsync();
        await first.WaitForURLAsync("**/Reports/Report/**");
        var second = await fixture.NewPageAsync();
        await Journey.SignInAsync(second, "hue.chuyenvien");
        await second.GotoAsync(first.Url);

        await first.Locator("#v-LD_GB").FillAsync("2");
        await first.Locator("#v-LD_GB").PressAsync("Tab");
        await first.Locator("#save-status [data-saved-revision]").WaitForAsync();
        await second.Locator("#v-LD_GB").FillAsync("7");
        await second.Locator("#v-LD_GB").PressAsync("Tab");
        await second.Locator("#save-status [data-save-error]").WaitForAsync();

        (await second.Locator("#save-status").InnerTextAsync()).ShouldContain("người khác lưu");
        await first.ReloadAsync();
        (await first.Locator("#v-LD_GB").InputValueAsync()).ShouldBe("2");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_reporting_page_fits_the_screen_and_labels_its_fields(bool phone)
    {
        var admin = await fixture.Factory.BearerAsync("admin");
        var ngheAn = await Orgs.FindAsync(admin, "ban tuyen giao va dan van tinh uy nghe an");
        var opened = await admin.PostAsJsonAsync("/api/v1/reports", new { formCode = Quarterly, organizationId = ngheAn.Id, period = ThisQuarter.Previous().Key });
        var report = await opened.ReadAsync<Sheet>();
        var forms = await admin.GetFromJsonAsync<List<FormSummary>>("/api/v1/report-forms", ApiClient.Json);
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "admin");
        var pages = new Dictionary<string, string>
        {
            ["reports"] = "/Reports",
            ["report"] = $"/Reports/Report/{report.Id}",
            ["completeness"] = $"/Reports/Completeness/{ngheAn.Id}?form={Quarterly}",
            ["consolidation"] = $"/Reports/Consolidation/{ngheAn.Id}?form={Quarterly}",
            ["forms"] = "/Reports/Forms",
            ["form-details"] = $"/Reports/Forms/Details/{forms!.First(f => f.Code == Quarterly).Id}",
            ["form-editor"] = "/Reports/Forms/Edit",
        };

        await Journey.CheckPagesFitAsync(page, pages, phone);
    }
}
