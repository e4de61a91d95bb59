using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class CalendarJourneys(BrowserFixture fixture)
{
    [Fact]
    public async Task A_citizen_without_an_account_finds_when_a_limit_over_Tet_ends()
    {
        var page = await fixture.NewPageAsync(phone: true);
        await page.GotoAsync("/Calendar?year=2026");

        (await page.GetByTestId("days-off").InnerTextAsync()).ShouldContain("Tết Nguyên đán (mùng 1)");
        await page.GetByLabel("Kể từ ngày").FillAsync("13/02/2026");
        await page.GetByLabel("Số ngày").FillAsync("7");
        await page.GetByLabel("Tính theo").SelectOptionAsync("working");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tính" }).ClickAsync();

        (await page.GetByTestId("due").InnerTextAsync()).ShouldContain("Thứ Ba, 03/03/2026");
        await Journey.ShotAsync(page, "calendar-due-phone");
        await page.GetByTestId("next-year").ClickAsync();
        (await page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Ngày nghỉ năm 2027" }).CountAsync()).ShouldBe(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_calendar_page_fits_the_screen_and_labels_its_fields(bool phone)
    {
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "admin");
        var pages = new Dictionary<string, string>
        {
            ["calendar"] = "/Calendar?year=2026&start=27/03/2026&days=30&dayType=calendar",
            ["calendar-rules"] = "/Calendar/Rules",
            ["official-days"] = "/Admin/OfficialDays?year=2026",
            ["remote-areas"] = "/Petitions/RemoteAreas",
        };

        await Journey.CheckPagesFitAsync(page, pages, phone);
    }
}
