using System.Globalization;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class ReceptionJourneys(BrowserFixture fixture)
{
    [Fact]
    public async Task A_commune_clerk_records_sessions_and_sees_the_secretarys_duty_turn_to_met_then_records_a_dialogue()
    {
        var central = await fixture.Factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(central, ngheAn.Id))[0];
        // A whole month before the demo's sessions, which cover the last six.
        var month = new DateOnly(DateTime.UtcNow.AddHours(7).Year, DateTime.UtcNow.AddHours(7).Month, 1).AddMonths(-8);
        var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        string Day(int day) => month.AddDays(day - 1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "nghean.xa.chuyenvien");
        var cell = page.Locator($"tr[data-organization='{commune.Id}'] td[data-month='{key}']");

        await page.GotoAsync("/");
        await page.Locator("#sidebar").GetByRole(AriaRole.Link, new() { Name = "Tiếp công dân" }).ClickAsync();
        await page.GetByTestId("new-session").ClickAsync();
        await RecordAsync(page, Day(5), head: true);
        (await page.GetByTestId("head-badge").InnerTextAsync()).ShouldBe("Người đứng đầu trực tiếp tiếp");
        await page.GotoAsync("/Reception/Edit");
        await RecordAsync(page, Day(12), head: false);
        await page.GotoAsync($"/Reception/Duties?year={month.Year}");
        (await cell.InnerTextAsync()).ShouldContain("Chưa đạt");
        (await cell.InnerTextAsync()).ShouldContain("1/2 ngày");

        await page.GotoAsync("/Reception/Edit");
        await RecordAsync(page, Day(19), head: true);
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trách nhiệm tiếp dân" }).ClickAsync();
        (await cell.InnerTextAsync()).ShouldContain("Đạt");
        (await cell.InnerTextAsync()).ShouldNotContain("Chưa đạt");
        (await cell.InnerTextAsync()).ShouldContain("2/2 ngày");
        (await page.GetByTestId("duty-rules").InnerTextAsync()).ShouldContain("Kết luận 215-KL/TW");

        await page.GotoAsync("/Reception/Edit");
        await page.GetByLabel("Tiếp đột xuất", new() { Exact = true }).CheckAsync();
        await RecordAsync(page, Day(26), head: true, adHocReason: "Nhiều hộ dân phản đối việc san lấp kênh tưới tiêu.");
        (await page.GetByTestId("adhoc-badge").InnerTextAsync()).ShouldBe("Tiếp đột xuất");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trách nhiệm tiếp dân" }).ClickAsync();
        (await cell.InnerTextAsync()).ShouldContain("2/2 ngày");
        (await cell.InnerTextAsync()).ShouldContain("+1 ngày đột xuất");
        await cell.ScrollIntoViewIfNeededAsync();
        await Journey.ShotAsync(page, "reception-duties-met-desktop");

        await page.GotoAsync("/Reception/Dialogues");
        await page.GetByTestId("new-dialogue").ClickAsync();
        await page.GetByLabel("Chủ đề đối thoại").FillAsync("Đối thoại về dự án nâng cấp chợ xã");
        await page.GetByLabel("Ngày đối thoại").FillAsync(Day(20));
        await page.GetByLabel("Địa điểm").First.FillAsync("Hội trường Đảng ủy xã");
        await page.GetByLabel("Số người tham dự").FillAsync("120");
        await page.GetByLabel("Họ tên người chủ trì").FillAsync("Nguyễn Văn Thắng");
        await page.GetByLabel("Chức vụ người chủ trì").SelectOptionAsync("PartySecretary");
        await page.GetByLabel("Thành phần tham dự").FillAsync("Tiểu thương chợ xã, đại diện các thôn");
        await page.GetByLabel("Vấn đề người dân nêu").FillAsync("Tiểu thương lo phải tạm dừng buôn bán khi chợ sửa chữa.");
        await page.GetByLabel("Nội dung trả lời, giải thích").FillAsync("Xã bố trí điểm kinh doanh tạm tại sân vận động trong thời gian thi công.");
        await page.GetByLabel("Việc cần làm tiếp").FillAsync("Lập danh sách tiểu thương\nCông bố phương án chợ tạm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi buổi đối thoại" }).ClickAsync();

        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Đối thoại về dự án nâng cấp chợ xã");
        (await page.GetByTestId("follow-ups").InnerTextAsync()).ShouldContain("Công bố phương án chợ tạm");
        await Journey.ShotAsync(page, "dialogue-details-desktop");
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xóa" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã xóa buổi đối thoại");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_reception_page_fits_the_screen_and_labels_its_fields(bool phone)
    {
        var clerk = await fixture.Factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(clerk, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(clerk, commission.Id))[1];
        var session = await ReceptionClient.RecordAsync(clerk, ReceptionClient.Session(commune.Id, "05/03/2026", matters: "Đề nghị sửa cầu tràn thôn 2 trước mùa mưa; hỏi về hỗ trợ nhà ở cho hộ nghèo."));
        var dialogue = await ReceptionClient.HoldAsync(clerk, ReceptionClient.Dialogue(commune.Id));
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "nghean.chuyenvien");
        var pages = new Dictionary<string, string>
        {
            ["reception"] = $"/Reception?organizationId={commune.Id}",
            ["reception-new"] = "/Reception/Edit",
            ["reception-details"] = $"/Reception/Details/{session.Id}",
            ["reception-edit"] = $"/Reception/Edit/{session.Id}",
            ["reception-duties"] = "/Reception/Duties?year=2026",
            ["reception-duties-recent"] = $"/Reception/Duties?organizationId={commune.Id}",
            ["dialogues"] = $"/Reception/Dialogues?organizationId={commune.Id}",
            ["dialogue-new"] = "/Reception/Dialogues/Edit",
            ["dialogue-details"] = $"/Reception/Dialogues/Details/{dialogue.Id}",
        };

        await Journey.CheckPagesFitAsync(page, pages, phone);
    }

    private static async Task RecordAsync(IPage page, string day, bool head, string? adHocReason = null)
    {
        if (adHocReason is not null)
        {
            await page.GetByLabel("Lý do tiếp đột xuất").FillAsync(adHocReason);
        }

        await page.GetByLabel("Ngày tiếp").FillAsync(day);
        await page.GetByLabel("Địa điểm tiếp").FillAsync("Trụ sở tiếp công dân xã");
        await page.GetByLabel("Số lượt công dân").FillAsync("4");
        await page.GetByLabel("Họ tên người tiếp").FillAsync(head ? "Nguyễn Văn Thắng" : "Trần Thị Lan");
        await page.GetByLabel("Chức vụ người tiếp").SelectOptionAsync(head ? "PartySecretary" : "DeputyOrDelegate");
        if (head)
        {
            await page.GetByLabel("Người đứng đầu trực tiếp tiếp").CheckAsync();
        }

        await page.GetByLabel("Nội dung công dân phản ánh, kiến nghị").FillAsync("Công dân hỏi về hỗ trợ sửa nhà sau bão.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi buổi tiếp" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Reception/Details/", StringComparison.Ordinal));
    }
}
