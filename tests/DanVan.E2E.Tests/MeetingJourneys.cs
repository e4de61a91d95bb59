using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class MeetingJourneys(BrowserFixture fixture)
{
    [Fact]
    public async Task The_centre_briefs_every_province_online_and_sees_a_province_report_its_bridge_point_then_concludes()
    {
        var day = DateTime.UtcNow.AddHours(7).Date.AddDays(3).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var host = await fixture.NewPageAsync();
        await Journey.SignInAsync(host, "tw.chuyenvien");
        await host.GotoAsync("/");
        await host.Locator("#sidebar").GetByRole(AriaRole.Link, new() { Name = "Hội nghị, giao ban" }).ClickAsync();
        await host.GetByTestId("new-meeting").ClickAsync();
        await host.GetByLabel("Tên hội nghị").FillAsync("Giao ban trực tuyến toàn quốc về công tác dân vận");
        await host.GetByLabel("Loại hội nghị").SelectOptionAsync(new SelectOptionValue { Label = "Giao ban tháng" });
        await host.GetByLabel("Ngày họp", new() { Exact = true }).FillAsync(day);
        await host.GetByLabel("Bắt đầu").FillAsync("08:00");
        await host.GetByLabel("Kết thúc", new() { Exact = true }).FillAsync("11:30");
        await host.GetByLabel("Địa điểm (điểm cầu chính)").FillAsync("Hội trường Ban Tuyên giáo và Dân vận Trung ương");
        await host.GetByLabel("Trực tuyến", new() { Exact = true }).CheckAsync();
        await host.GetByRole(AriaRole.Textbox, new() { Name = "Chủ trì" }).FillAsync("Đồng chí Trưởng Ban – chủ trì");
        await host.GetByRole(AriaRole.Button, new() { Name = "Tạo hội nghị" }).ClickAsync();

        // An online meeting needs its link: the form says so and keeps what was typed.
        (await host.Locator(".invalid-feedback").AllInnerTextsAsync()).ShouldContain("Hội nghị trực tuyến cần đường dẫn để các điểm cầu tham gia.");
        (await host.GetByLabel("Tên hội nghị").InputValueAsync()).ShouldBe("Giao ban trực tuyến toàn quốc về công tác dân vận");
        await host.GetByLabel("Đường dẫn họp trực tuyến").FillAsync("https://hop.danvan.example/toan-quoc");
        await host.GetByRole(AriaRole.Button, new() { Name = "Tạo hội nghị" }).ClickAsync();
        (await host.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Giao ban trực tuyến toàn quốc về công tác dân vận");
        var meetingUrl = host.Url;

        await host.GetByLabel("Cách thêm").SelectOptionAsync("Provinces");
        await host.GetByRole(AriaRole.Button, new() { Name = "Thêm", Exact = true }).ClickAsync();
        (await host.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldMatch(@"Đã thêm 3\d điểm cầu");
        (await host.GetByTestId("points-summary").InnerTextAsync()).ShouldMatch(@"3\d chưa báo");

        // Nghệ An reports its own point, and cannot touch another province's.
        var province = await fixture.NewPageAsync(phone: true);
        await Journey.SignInAsync(province, "nghean.chuyenvien");
        await province.GotoAsync(meetingUrl);
        var updates = province.GetByRole(AriaRole.Link, new() { Name = "Cập nhật" });
        (await updates.CountAsync()).ShouldBe(1);
        await updates.ClickAsync();
        await province.GetByLabel("Đã kết nối").CheckAsync();
        await province.GetByLabel("Địa điểm điểm cầu").FillAsync("Phòng họp trực tuyến Tỉnh ủy Nghệ An");
        await province.GetByLabel("Số người dự").FillAsync("27");
        await province.GetByLabel("Họ tên người dự 1").FillAsync("Nguyễn Văn Hải");
        await province.GetByLabel("Chức vụ người dự 1").FillAsync("Phó Trưởng Ban");
        await province.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm cầu" }).ClickAsync();
        (await province.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã cập nhật điểm cầu");
        await Journey.ShotAsync(province, "meeting-point-reported-phone");
        var sibling = await fixture.Factory.BearerAsync("nghean.chuyenvien");
        var points = await sibling.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meetingUrl.Split('/')[^1]}/bridge-points");
        var other = points.GetProperty("points").EnumerateArray().First(p => !p.GetProperty("canEdit").GetBoolean()).GetProperty("id").GetInt64();
        (await province.GotoAsync($"/Meetings/Point/{meetingUrl.Split('/')[^1]}/{other}"))!.Url.ShouldContain("/Account/AccessDenied");

        // The host sees it on the live table without reloading.
        await host.GetByTestId("points-summary").Filter(new() { HasText = "1 đã kết nối" }).WaitForAsync(new() { Timeout = 20_000 });
        (await host.Locator("[data-testid=points] tr", new() { HasText = "Nghệ An" }).InnerTextAsync()).ShouldContain("27");
        await Journey.ShotAsync(host, "meeting-points-live-desktop");

        await host.GetByLabel("Kết luận mới").FillAsync("Các tỉnh, thành phố báo cáo kết quả thực hiện phong trào \"Dân vận khéo\" trước ngày 15 tháng sau.");
        await host.GetByRole(AriaRole.Button, new() { Name = "Ghi kết luận" }).ClickAsync();
        (await host.GetByTestId("conclusions").InnerTextAsync()).ShouldContain("Dân vận khéo");

        // The conclusion becomes a task for Nghệ An, which finds it in its own list.
        var ngheAn = await Orgs.FindAsync(sibling, "ban tuyen giao va dan van tinh uy nghe an");
        var due = DateTime.UtcNow.AddHours(7).Date.AddDays(40).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await host.GetByRole(AriaRole.Link, new() { Name = "Giao nhiệm vụ" }).ClickAsync();
        (await host.GetByLabel("Căn cứ (số, ký hiệu văn bản, kết luận)").InputValueAsync()).ShouldContain("Kết luận Giao ban trực tuyến toàn quốc về công tác dân vận");
        await host.GetByLabel("Tên nhiệm vụ").FillAsync("Báo cáo kết quả phong trào Dân vận khéo của tỉnh");
        await host.GetByLabel("Đơn vị chủ trì").SelectOptionAsync(ngheAn.Id.ToString(CultureInfo.InvariantCulture));
        await host.GetByLabel("Hạn hoàn thành").FillAsync(due);
        await host.GetByRole(AriaRole.Button, new() { Name = "Giao nhiệm vụ" }).ClickAsync();
        (await host.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Báo cáo kết quả phong trào Dân vận khéo của tỉnh");
        await province.GotoAsync("/Tasks?q=dan van kheo cua tinh");
        (await province.Locator("main").InnerTextAsync()).ShouldContain("Báo cáo kết quả phong trào Dân vận khéo của tỉnh");
        await host.GotoAsync(meetingUrl);
        (await host.GetByTestId("conclusions").InnerTextAsync()).ShouldContain("1 nhiệm vụ đã giao");
        (await host.GetByTestId("conclusions").InnerTextAsync()).ShouldContain(ngheAn.Name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_meeting_page_fits_the_screen_and_labels_its_fields(bool phone)
    {
        var central = await fixture.Factory.BearerAsync("tw.chuyenvien");
        var list = await central.GetFromJsonAsync<JsonElement>("/api/v1/meetings?pageSize=100");
        var briefing = list.GetProperty("items").EnumerateArray().First(m => m.GetProperty("bridgePointCount").GetInt32() >= 34).GetProperty("id").GetInt64();
        var clerk = await fixture.Factory.BearerAsync("hue.chuyenvien");
        var points = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{briefing}/bridge-points");
        var own = points.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("canEdit").GetBoolean()).GetProperty("id").GetInt64();
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "hue.chuyenvien");
        var pages = new Dictionary<string, string>
        {
            ["meetings"] = "/Meetings",
            ["meetings-month"] = "/Meetings/Calendar",
            ["meetings-week"] = "/Meetings/Calendar?view=week",
            ["meeting-new"] = "/Meetings/Edit",
            ["meetings-statistics"] = "/Meetings/Statistics",
            ["meeting-briefing"] = $"/Meetings/Details/{briefing}",
            ["meeting-point"] = $"/Meetings/Point/{briefing}/{own}",
        };

        await Journey.CheckPagesFitAsync(page, pages, phone);
    }
}
