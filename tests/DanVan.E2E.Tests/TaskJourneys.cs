using System.Net.Http.Json;
using DanVan.Web.Features.Notifications;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DanVan.Web.Tests.Infrastructure.ProgrammesClient;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class TaskJourneys(BrowserFixture fixture)
{
    private static readonly string[] Groups = ["Tuyên truyền, vận động", "Dân vận chính quyền"];

    [Fact]
    public async Task A_province_officer_reports_progress_with_evidence_on_a_central_task_and_the_parent_follows()
    {
        var centre = await fixture.Factory.BearerAsync("tw.chuyenvien");
        var central = await Orgs.FindAsync(centre, "ban tuyen giao va dan van trung uong");
        var ngheAn = await Orgs.FindAsync(centre, "ban tuyen giao va dan van tinh uy nghe an");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var parent = await GiveOneAsync(centre, NewTask($"Tổng kết công tác dân vận toàn quốc {tag}", [central.Id], central.Id));
        var task = await GiveOneAsync(centre, NewTask($"Tổng kết công tác dân vận tỉnh {tag}", [ngheAn.Id], parentId: parent.Id));
        var evidence = Path.Combine(Path.GetTempPath(), $"bao-cao-{tag}.pdf");
        await File.WriteAllBytesAsync(evidence, Pdf);
        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "nghean.chuyenvien");

        await page.GotoAsync("/");
        await page.Locator("#sidebar").GetByRole(AriaRole.Link, new() { Name = "Nhiệm vụ" }).ClickAsync();
        await page.Locator("#q").FillAsync($"tong ket cong tac dan van tinh {tag}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = task.Title }).ClickAsync();
        await page.GetByTestId("report").ClickAsync();
        await page.GetByLabel("Tiến độ (%)").FillAsync("60");
        await page.GetByLabel("Trạng thái").SelectOptionAsync("InProgress");
        await page.GetByLabel("Kết quả, khó khăn, kiến nghị").FillAsync("Đã tổng kết ở 120 xã, phường.");
        await page.GetByLabel("Tệp minh chứng").SetInputFilesAsync(evidence);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo tiến độ" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/Tasks/{task.Id}", StringComparison.Ordinal));

        (await page.GetByTestId("progress").InnerTextAsync()).ShouldBe("60%");
        (await page.GetByTestId("evidence").InnerTextAsync()).ShouldBe($"bao-cao-{tag}.pdf");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã ghi báo cáo tiến độ 60%");
        await Journey.ShotAsync(page, "task-reported-desktop");
        var leader = await fixture.NewPageAsync();
        await Journey.SignInAsync(leader, "tw.lanhdao");
        await leader.GotoAsync($"/Tasks/{parent.Id}");
        (await leader.GetByTestId("progress").InnerTextAsync()).ShouldBe("60%");
        (await leader.GetByTestId("subtasks").InnerTextAsync()).ShouldContain(task.Title);
    }

    [Fact]
    public async Task An_overdue_task_shows_up_for_the_lead_organisations_leader_in_follow_up_and_in_the_bell()
    {
        var centre = await fixture.Factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(centre, "ban tuyen giao va dan van tinh uy nghe an");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var overdue = await GiveOneAsync(centre, NewTask($"Báo cáo kết quả vận động quỹ Vì người nghèo {tag}", [ngheAn.Id], due: Day(-2)));
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TaskReminders>().RunAsync(CancellationToken.None);
        }

        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "nghean.lanhdao");
        await page.GotoAsync("/Tasks/FollowUp");
        (await page.Locator($"tr[data-organization='{ngheAn.Id}']").InnerTextAsync()).ShouldContain("trực tiếp chủ trì");
        int.Parse(await page.GetByTestId("total-overdue").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        await Journey.ShotAsync(page, "task-follow-up-desktop");
        await page.GetByTestId("total-overdue").ClickAsync();
        (await page.Locator($"tr[data-task='{overdue.Id}']").InnerTextAsync()).ShouldContain("Quá hạn");

        (await page.GetByTestId("bell-count").InnerTextAsync()).ShouldNotBe("0");
        await page.GetByTestId("bell").ClickAsync();
        var message = page.GetByTestId("notifications").Locator("li", new() { HasText = overdue.Title });
        (await message.InnerTextAsync()).ShouldContain("Nhiệm vụ quá hạn");
        await Journey.ShotAsync(page, "notifications-desktop");
        await message.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/Tasks/{overdue.Id}", StringComparison.Ordinal));
        (await page.GetByTestId("deadline-badge").InnerTextAsync()).ShouldBe("Quá hạn");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_task_and_programme_page_fits_the_screen_and_labels_its_fields(bool phone)
    {
        var province = await fixture.Factory.BearerAsync("nghean.chuyenvien");
        var ngheAn = await Orgs.FindAsync(province, "ban tuyen giao va dan van tinh uy nghe an");
        var communes = await Reporting.CommuneCommitteesAsync(province, ngheAn.Id);
        var programme = await (await province.PostAsJsonAsync("/api/v1/programmes", new { organizationId = ngheAn.Id, year = 2026, title = "Chương trình công tác dân vận năm 2026 của Ban", groups = Groups })).ReadAsync<ProgrammeRow>();
        var task = await GiveOneAsync(province, NewTask("Hướng dẫn các xã sơ kết mô hình \"Dân vận khéo\" giai đoạn 2021–2026", [ngheAn.Id], ngheAn.Id, due: Day(4), coordinators: [communes[2].Id]));
        await GiveOneAsync(province, NewTask("Sơ kết mô hình tại xã", [communes[3].Id], parentId: task.Id, due: Day(-1)));
        (await ReportAsync(province, task.Id, 30, "InProgress", "Đã ban hành hướng dẫn.", ("huong-dan.pdf", Pdf))).EnsureSuccessStatusCode();
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "nghean.chuyenvien");
        var pages = new Dictionary<string, string>
        {
            ["tasks"] = $"/Tasks?organizationId={ngheAn.Id}",
            ["task-new"] = "/Tasks/New",
            ["task-details"] = $"/Tasks/{task.Id}",
            ["task-edit"] = $"/Tasks/Edit/{task.Id}",
            ["task-report"] = $"/Tasks/{task.Id}/Report",
            ["task-follow-up"] = $"/Tasks/FollowUp?organizationId={ngheAn.Id}",
            ["programmes"] = $"/Programmes?organizationId={ngheAn.Id}",
            ["programme-new"] = "/Programmes/Edit",
            ["programme-details"] = $"/Programmes/Details/{programme.Id}",
            ["notifications"] = "/Notifications",
        };

        await Journey.CheckPagesFitAsync(page, pages, phone);
    }
}
