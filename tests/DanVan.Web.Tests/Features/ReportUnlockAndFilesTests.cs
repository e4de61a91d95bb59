using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Infrastructure.Reporting;

namespace DanVan.Web.Tests.Features;

public abstract class ReportUnlockAndFilesTests(DanVanFactory factory)
{
    [Fact]
    public async Task A_leader_above_unlocks_a_locked_period_until_a_day_and_the_commune_can_save_again()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var leader = await factory.BearerAsync("nghean.lanhdao");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await CommuneCommitteesAsync(provincial, commission.Id))[1];
        var form = await PublishedAsync(provincial, new
        {
            code = NewCode("MK"),
            name = "Báo cáo khóa sổ ngay",
            periodType = Quarter,
            ownerOrganizationId = commission.Id,
            deadlineDays = 0,
            lockAfterDays = 0,
            submitterLevels = new[] { CommuneLevel },
            indicators = new[] { Indicator("A") },
        });
        var report = await OpenedAsync(provincial, form.Code, commune.Id, QuartersAgo(1));
        var inFiveDays = DateTime.UtcNow.AddHours(7).AddDays(5).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        var byOfficer = await provincial.PostAsJsonAsync($"/api/v1/reports/{report.Id}/unlock", new { until = inFiveDays, reason = "Bổ sung số liệu" });
        var badDate = await leader.PostAsJsonAsync($"/api/v1/reports/{report.Id}/unlock", new { until = "31/02/2026", reason = "Bổ sung số liệu" });
        var noReason = await leader.PostAsJsonAsync($"/api/v1/reports/{report.Id}/unlock", new { until = inFiveDays, reason = " " });
        var tooLong = await leader.PostAsJsonAsync($"/api/v1/reports/{report.Id}/unlock", new { until = DateTime.UtcNow.AddDays(200).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), reason = "x" });

        byOfficer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badDate.ReadAsync<Problem>()).Errors!["Until"].ShouldContain("Ngày mở khóa đến phải có dạng dd/MM/yyyy.");
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SaveAsync(provincial, report.Id, report.Revision, new Dictionary<string, double?> { ["A"] = 1 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var unlocked = await leader.PostAsJsonAsync($"/api/v1/reports/{report.Id}/unlock", new { until = inFiveDays, reason = "Đơn vị bổ sung số liệu đơn thư" });
        var sheet = await unlocked.SheetAsync();
        sheet.CanEdit.ShouldBeTrue();
        var saved = await SaveAsync(provincial, report.Id, sheet.Revision, new Dictionary<string, double?> { ["A"] = 7 });

        (await saved.SheetAsync()).Value("A").ShouldBe(7);
        var audit = await (await factory.BearerAsync("admin")).GetStringAsync($"/api/v1/audit?entity=ReportUnlock&organizationId={commune.Id}");
        audit.ShouldContain("Đơn vị bổ sung số liệu đơn thư");
    }

    [Fact]
    public async Task Files_attach_to_an_open_report_only_when_their_type_and_size_are_right()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await CommuneCommitteesAsync(provincial, commission.Id))[2];
        var form = await PublishedAsync(provincial, Form(NewCode("TL"), commission.Id, 365, [Indicator("A")]));
        var report = await OpenedAsync(provincial, form.Code, commune.Id, QuartersAgo(1));
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var url = $"/Reports/Report/{report.Id}";

        var empty = await AttachAsync(browser, url, "trong.pdf", []);
        var program = await AttachAsync(browser, url, "chay.exe", [1, 2, 3]);
        var pdf = await AttachAsync(browser, url, "bien-ban-hop.pdf", "%PDF-1.4 test"u8.ToArray());

        (await empty.Content.ReadAsStringAsync()).ShouldContain("Vui lòng chọn một tệp có nội dung.");
        (await program.Content.ReadAsStringAsync()).ShouldContain("Chỉ nhận tệp PDF, Word, Excel, JPG hoặc PNG.");
        pdf.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await browser.GetStringAsync(url);
        page.ShouldContain("bien-ban-hop.pdf");
        page.ShouldNotContain("chay.exe");

        var other = await factory.BrowserAsync("daklak.chuyenvien");
        var refused = await other.GetAsync(url);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await AttachAsync(browser, url, "bao-cao.docx", [80, 75, 3, 4])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync(url)).ShouldContain("bao-cao.docx");
    }

    private static async Task<HttpResponseMessage> AttachAsync(HttpClient browser, string url, string name, byte[] content)
    {
        var token = ApiClient.AntiforgeryToken(await browser.GetStringAsync(url));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", name },
        };
        return await browser.PostAsync(url + "?handler=Attach", form);
    }
}

[Collection("sqlite")]
public sealed class SqliteReportUnlockAndFilesTests(SqliteFixture fixture) : ReportUnlockAndFilesTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresReportUnlockAndFilesTests(PostgresFixture fixture) : ReportUnlockAndFilesTests(fixture.Factory);
