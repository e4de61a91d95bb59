using System.Globalization;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class SentimentJourneys(BrowserFixture fixture)
{
    [Fact]
    public async Task A_commune_reports_a_prominent_issue_the_province_sees_it_in_the_consolidation_and_follows_it_up_to_resolved()
    {
        var title = $"Nước thải cơ sở chế biến gây ô nhiễm kênh tưới {Guid.NewGuid().ToString("N")[..6]}";
        var commune = await fixture.NewPageAsync();
        await Journey.SignInAsync(commune, "nghean.xa.chuyenvien");

        await commune.GotoAsync("/");
        await commune.Locator("#sidebar").GetByRole(AriaRole.Link, new() { Name = "Tình hình nhân dân" }).ClickAsync();
        await commune.GetByTestId("new-report").ClickAsync();
        await commune.GetByLabel("Loại báo cáo").SelectOptionAsync("AdHoc");
        await commune.GetByLabel("Đánh giá chung").SelectOptionAsync("Aggrieved");
        await commune.GetByLabel("Tình hình chung").FillAsync("Nhân dân hai thôn bức xúc vì nước kênh tưới đổi màu, có mùi; cấp ủy đã nắm tình hình.");
        await commune.GetByLabel("Đánh giá: Môi trường").SelectOptionAsync("Aggrieved");
        await commune.GetByLabel("Ghi chú: Môi trường").FillAsync("Nước kênh tưới bị ô nhiễm");
        await commune.GetByLabel("Tên vấn đề 1").FillAsync(title);
        await commune.GetByLabel("Chủ đề của vấn đề 1").SelectOptionAsync(new SelectOptionValue { Label = "Môi trường" });
        await commune.GetByLabel("Địa bàn của vấn đề 1").FillAsync("Thôn 2 và thôn 4");
        await commune.GetByLabel("Phạm vi của vấn đề 1").SelectOptionAsync("SeveralHamlets");
        await commune.GetByLabel("Số hộ (ước tính)").First.FillAsync("1.250");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await commune.WaitForURLAsync(url => url.Contains("/Sentiment/Details/", StringComparison.Ordinal));
        (await commune.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã gửi báo cáo tình hình nhân dân");
        (await commune.GetByTestId("issues-table").InnerTextAsync()).ShouldContain("Mới phát hiện");
        await Journey.ShotAsync(commune, "sentiment-report-sent-desktop");

        var api = await fixture.Factory.BearerAsync("nghean.xa.chuyenvien");
        var issue = (await api.GetFromJsonAsync<Paged<IssueRow>>($"/api/v1/sentiment/issues?q={Uri.EscapeDataString(title)}", ApiClient.Json))!.Items.Single();
        var province = await fixture.NewPageAsync();
        await Journey.SignInAsync(province, "nghean.lanhdao");
        await province.GotoAsync("/Sentiment/Consolidation");
        var area = province.GetByTestId("by-area").Locator($"tr[data-row='{issue.OrganizationId.ToString(CultureInfo.InvariantCulture)}']");
        (await area.Locator("[data-assessment]").InnerTextAsync()).ShouldBe("Bức xúc");
        int.Parse(await area.Locator("td").Nth(7).InnerTextAsync(), CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        (await province.GetByTestId("trend").Locator("rect").CountAsync()).ShouldBeGreaterThan(4);
        await Journey.ShotAsync(province, "sentiment-consolidation-desktop");

        await province.GetByRole(AriaRole.Link, new() { Name = "Vấn đề nổi cộm" }).ClickAsync();
        // The list follows the words as they are typed (htmx), without pressing "Lọc".
        await province.Locator("#q").FillAsync(title[^6..]);
        await province.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=issues-table] tbody tr').length === 1");
        await province.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await province.GetByLabel("Tình trạng sau khi xử lý").SelectOptionAsync("Handling");
        await province.GetByLabel("Việc đã làm").FillAsync("Đoàn kiểm tra liên ngành lấy mẫu nước, yêu cầu cơ sở dừng xả thải.");
        await province.GetByRole(AriaRole.Button, new() { Name = "Ghi theo dõi" }).ClickAsync();
        (await province.GetByTestId("issue-status").InnerTextAsync()).ShouldBe("Đang xử lý");
        await province.GetByLabel("Tình trạng sau khi xử lý").SelectOptionAsync("Resolved");
        await province.GetByLabel("Việc đã làm").FillAsync("Cơ sở đã xây bể xử lý; nước kênh trở lại bình thường, nhân dân đồng tình.");
        await province.GetByRole(AriaRole.Button, new() { Name = "Ghi theo dõi" }).ClickAsync();
        (await province.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("Đã giải quyết");
        (await province.GetByTestId("issue-status").InnerTextAsync()).ShouldBe("Đã giải quyết");
        (await province.GetByTestId("follow-ups").Locator("li").CountAsync()).ShouldBe(2);
        await Journey.ShotAsync(province, "sentiment-issue-resolved-desktop");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_sentiment_page_fits_the_screen_and_labels_its_fields(bool phone)
    {
        var clerk = await fixture.Factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(clerk, "ban tuyen giao va dan van tinh uy nghe an");
        var communes = await Reporting.CommuneCommitteesAsync(clerk, commission.Id);
        var topics = await SentimentClient.TopicsAsync(clerk);
        var report = await SentimentClient.SendAsync(clerk, SentimentClient.Report(communes[116].Id, assessment: "Concerned",
            topics: [new { topicId = topics["DAT-DAI"], assessment = "Concerned", note = "Chậm cấp giấy chứng nhận quyền sử dụng đất cho các hộ tái định cư" }],
            issues: [SentimentClient.Issue(topics["DAT-DAI"], "Chậm chi trả bồi thường giải phóng mặt bằng dự án đường ven biển qua ba thôn vùng bãi ngang")]));
        await SentimentClient.FollowUpAsync(clerk, report.Issues[0].Id, "Monitoring", null);
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "nghean.quantri");
        var pages = new Dictionary<string, string>
        {
            ["sentiment-reports"] = $"/Sentiment?organizationId={commission.Id}",
            ["sentiment-reports-empty"] = $"/Sentiment?organizationId={communes[117].Id}",
            ["sentiment-new"] = "/Sentiment/Edit",
            ["sentiment-details"] = $"/Sentiment/Details/{report.Id}",
            ["sentiment-edit"] = $"/Sentiment/Edit/{report.Id}",
            ["sentiment-issues"] = $"/Sentiment/Issues?organizationId={commission.Id}&status=All",
            ["sentiment-issue"] = $"/Sentiment/Issue/{report.Issues[0].Id}",
            ["sentiment-consolidation"] = $"/Sentiment/Consolidation?organizationId={commission.Id}",
            ["sentiment-consolidation-months"] = $"/Sentiment/Consolidation?organizationId={commission.Id}&by=month",
            ["sentiment-topics"] = "/Admin/SentimentTopics",
        };

        await Journey.CheckPagesFitAsync(page, pages, phone);
    }
}
