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

    [Fact]
    public async Task Values_filled_offline_in_the_Excel_template_are_previewed_then_saved_on_confirmation()
    {
        var provincial = await factory.BearerAsync("nghean.chuyenvien");
        var commission = await Orgs.FindAsync(provincial, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await CommuneCommitteesAsync(provincial, commission.Id))[3];
        var form = await PublishedAsync(provincial, Form(NewCode("EX"), commission.Id, 365, [Indicator("A"), Indicator("B")]));
        var report = await OpenedAsync(provincial, form.Code, commune.Id, QuartersAgo(1));
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var url = $"/Reports/Report/{report.Id}";

        var template = await browser.GetByteArrayAsync(url + "?handler=Template");
        var filled = Fill(template, ("A", "12", true), ("B", "1.234,5", false), ("ZZ", "3", true));
        var preview = await UploadAsync(browser, url, "so-lieu.xlsx", filled);
        var broken = await UploadAsync(browser, url, "hong.xlsx", "khong phai excel"u8.ToArray());

        preview.ShouldContain("Số liệu đọc từ tệp Excel");
        preview.ShouldContain("1.234,5");
        preview.ShouldContain("không có chỉ tiêu mã &quot;ZZ&quot;");
        broken.ShouldContain("Tệp không đọc được như một bảng tính Excel (.xlsx).");
        (await GetAsync(provincial, report.Id)).Value("A").ShouldBeNull();

        var fields = System.Text.RegularExpressions.Regex.Matches(preview, "type=\"hidden\" name=\"v:(\\w+)\" value=\"([^\"]*)\"")
            .ToDictionary(m => "v:" + m.Groups[1].Value, m => m.Groups[2].Value);
        fields["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(preview);
        fields["revision"] = report.Revision.ToString(CultureInfo.InvariantCulture);
        var confirmed = await browser.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(fields));

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sheet = await GetAsync(provincial, report.Id);
        sheet.Value("A").ShouldBe(12);
        sheet.Value("B").ShouldBe(1234.5);
    }

    // Writes values into the template's "Giá trị" column (D), adding a row for an unknown code.
    private static byte[] Fill(byte[] template, params (string Key, string Value, bool Number)[] values)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var data = part.Worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.SheetData>()!;
            foreach (var (key, value, number) in values)
            {
                var row = data.Elements<DocumentFormat.OpenXml.Spreadsheet.Row>().FirstOrDefault(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First().InnerText == key);
                if (row is null)
                {
                    row = new DocumentFormat.OpenXml.Spreadsheet.Row();
                    foreach (var text in new[] { key, "?", "?" })
                    {
                        row.Append(new DocumentFormat.OpenXml.Spreadsheet.Cell { DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.String, CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(text) });
                    }

                    data.Append(row);
                }

                var cells = row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
                cells.Skip(3).ToList().ForEach(c => c.Remove());
                row.Append(new DocumentFormat.OpenXml.Spreadsheet.Cell
                {
                    DataType = number ? DocumentFormat.OpenXml.Spreadsheet.CellValues.Number : DocumentFormat.OpenXml.Spreadsheet.CellValues.String,
                    CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(value),
                });
            }

            part.Worksheet.Save();
        }

        return stream.ToArray();
    }

    private static async Task<string> UploadAsync(HttpClient browser, string url, string name, byte[] content)
    {
        var token = ApiClient.AntiforgeryToken(await browser.GetStringAsync(url));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", name },
        };
        var response = await browser.PostAsync(url + "?handler=Import", form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, name);
        return await response.Content.ReadAsStringAsync();
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
