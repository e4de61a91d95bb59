using DanVan.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E.Tests;

[Collection("browser")]
public sealed class PetitionJourneys(BrowserFixture fixture)
{
    [Fact]
    public async Task A_citizen_sends_on_the_portal_the_commune_accepts_and_resolves_and_the_citizen_reads_the_answer_with_the_code()
    {
        var central = await fixture.Factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(central, ngheAn.Id))[0];

        var citizen = await fixture.NewPageAsync(phone: true);
        await citizen.GotoAsync("/Portal/Petition");
        await citizen.GetByLabel("Tỉnh, thành phố").SelectOptionAsync(ngheAn.AdminUnitCode!);
        await citizen.Locator($"#place option[value='{commune.Id}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await citizen.GetByLabel("Nơi nhận đơn").SelectOptionAsync(commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await citizen.GetByLabel("Bạn muốn gửi").SelectOptionAsync("Complaint");
        await citizen.GetByLabel("Lĩnh vực").SelectOptionAsync("Land");
        await citizen.GetByLabel("Tóm tắt").FillAsync("Khiếu nại quyết định bồi thường đất thôn 4");
        await citizen.GetByLabel("Nội dung").FillAsync("Tôi không đồng ý với mức bồi thường trong quyết định thu hồi đất của xã.");
        await citizen.GetByLabel("Họ và tên").FillAsync("Lò Văn Minh");
        await citizen.GetByLabel("Điện thoại").FillAsync("0911222333");
        await Journey.ShotAsync(citizen, "portal-petition-phone");
        await citizen.WaitForTimeoutAsync(3000); // a person takes longer than the portal's minimum fill time
        await citizen.GetByTestId("send-petition").ClickAsync();
        var code = await citizen.GetByTestId("sent-code").InnerTextAsync();

        var clerk = await fixture.NewPageAsync();
        await Journey.SignInAsync(clerk, "nghean.xa.chuyenvien");
        await clerk.GotoAsync($"/Petitions?q={code}");
        await Journey.ShotAsync(clerk, "petitions-desktop");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Khiếu nại quyết định bồi thường đất thôn 4" }).ClickAsync();
        (await clerk.GetByTestId("deadline").InnerTextAsync()).ShouldContain("Hạn thụ lý");
        await clerk.GetByTestId("action-Accept").ClickAsync();
        await clerk.GetByTestId("do-Accept").ClickAsync();
        (await clerk.GetByTestId("petition-status").InnerTextAsync()).ShouldBe("Đang giải quyết");
        var deadline = await clerk.GetByTestId("deadline").InnerTextAsync();
        deadline.ShouldContain("Hạn giải quyết");
        deadline.ShouldContain("30 ngày");
        deadline.ShouldContain("Luật Khiếu nại 2011, Điều 28");
        await Journey.ShotAsync(clerk, "petition-details-desktop");

        await clerk.GetByTestId("action-Resolve").ClickAsync();
        await clerk.GetByLabel("Kết quả giải quyết").FillAsync("Giữ nguyên quyết định; giải thích cách tính giá đất cho người khiếu nại.");
        await clerk.GetByLabel("Nội dung trả lời người gửi").FillAsync("Xã đã rà soát và giữ nguyên mức bồi thường; mời ông đến trụ sở để được giải thích chi tiết.");
        await clerk.GetByTestId("do-Resolve").ClickAsync();
        await clerk.GetByTestId("action-PublishAnswer").ClickAsync();
        await clerk.GetByTestId("do-PublishAnswer").ClickAsync();
        (await clerk.GetByTestId("petition-status").InnerTextAsync()).ShouldBe("Đã giải quyết");

        await citizen.GotoAsync("/Portal/Track");
        await citizen.GetByLabel("Mã tra cứu").FillAsync(code.ToLowerInvariant());
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        (await citizen.GetByTestId("tracked-status").InnerTextAsync()).ShouldBe("Đã giải quyết");
        (await citizen.GetByTestId("tracked-answer").InnerTextAsync()).ShouldContain("giữ nguyên mức bồi thường");
        (await citizen.ContentAsync()).ShouldNotContain("Lò Văn Minh");
        await Journey.ShotAsync(citizen, "portal-track-phone");
    }

    [Fact]
    public async Task A_denouncers_name_stays_hidden_until_the_handler_asks_to_see_it()
    {
        var central = await fixture.Factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(central, ngheAn.Id))[0];
        var clerk = await fixture.Factory.BearerAsync("nghean.xa.chuyenvien");
        var petition = await PetitionClient.RegisterAsync(clerk, PetitionClient.NewPetition(commune.Id, kind: "Denunciation", summary: "Tố cáo sai phạm trong xét hộ nghèo", name: "Hà Thị Tuyết"));

        var page = await fixture.NewPageAsync();
        await Journey.SignInAsync(page, "nghean.xa.chuyenvien");
        await page.GotoAsync($"/Petitions/Details/{petition.Id}");
        (await page.ContentAsync()).ShouldNotContain("Hà Thị Tuyết");
        await page.GetByTestId("reveal-identity").ClickAsync();

        (await page.GetByTestId("petitioners").InnerTextAsync()).ShouldContain("Hà Thị Tuyết");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_petition_page_fits_the_screen_and_labels_its_fields(bool phone)
    {
        var central = await fixture.Factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(central, ngheAn.Id))[0];
        var clerk = await fixture.Factory.BearerAsync("nghean.xa.chuyenvien");
        var petition = await PetitionClient.RegisterAsync(clerk, PetitionClient.NewPetition(commune.Id));
        var page = await fixture.NewPageAsync(phone);
        await Journey.SignInAsync(page, "nghean.xa.chuyenvien");
        var pages = new Dictionary<string, string>
        {
            ["petitions"] = "/Petitions",
            ["petition-new"] = "/Petitions/New",
            ["petition-details"] = $"/Petitions/Details/{petition.Id}",
            ["portal-petition"] = "/Portal/Petition",
            ["portal-track"] = $"/Portal/Track?code={petition.TrackingCode}",
        };

        await Journey.CheckPagesFitAsync(page, pages, phone);
    }
}
