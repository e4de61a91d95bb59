using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Data;
using DanVan.Data.Petitions;
using DanVan.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Infrastructure.PetitionClient;

namespace DanVan.Web.Tests.Features;

public abstract class PetitionStatisticsTests(DanVanFactory factory)
{
    private sealed record Tally(int Received, int Accepted, int Resolved, int Refused, int Forwarded, int Withdrawn, int Open, int OnTime, int Late, int Overdue, int Duplicates, double? OnTimeRate);

    private sealed record Row(string Key, string Name, Tally Tally);

    private sealed record Result(int OrganizationId, string OrganizationName, DateOnly From, DateOnly To, string By, List<Row> Rows, Tally Total);

    // Petitions of one commune no other test uses, received in October 2025.
    private async Task<(HttpClient Officer, Org Province, Org Commune)> OctoberAsync()
    {
        var officer = await factory.BearerAsync("nghean.chuyenvien");
        var central = await factory.BearerAsync("tw.chuyenvien");
        var province = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(central, province.Id))[7];
        var existing = await officer.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={commune.Id}&view=all&q=Thống kê tháng 10&pageSize=1", ApiClient.Json);
        if (existing!.Total > 0)
        {
            return (officer, province, commune);
        }

        var complaint = await RegisterAsync(officer, NewPetition(commune.Id, receivedOn: "01/10/2025", summary: "Thống kê tháng 10: khiếu nại"));
        await DoAsync(officer, await DoAsync(officer, complaint, "Accept"), "Resolve", new { resolution = "Đã giải quyết." });
        var feedback = await RegisterAsync(officer, NewPetition(commune.Id, kind: "Feedback", receivedOn: "06/10/2025", summary: "Thống kê tháng 10: phản ánh"));
        await DoAsync(officer, feedback, "Resolve", new { resolution = "Đã trả lời." });
        await RegisterAsync(officer, NewPetition(commune.Id, kind: "Denunciation", receivedOn: "08/10/2025", summary: "Thống kê tháng 10: tố cáo"));
        var repeat = await RegisterAsync(officer, NewPetition(commune.Id, kind: "Feedback", receivedOn: "09/10/2025", summary: "Thống kê tháng 10: phản ánh trùng"));
        await DoAsync(officer, repeat, "MarkDuplicate", new { duplicateOfCode = feedback.TrackingCode });
        return (officer, province, commune);
    }

    // The complaint was accepted late but resolved within the resolution limit that began when it
    // was accepted: on time. The feedback was answered long after its 10 working days: late.
    [Fact]
    public async Task A_month_is_counted_by_kind_with_duplicates_once_late_handling_and_overdue_open_cases()
    {
        var (officer, _, commune) = await OctoberAsync();

        var result = await officer.GetFromJsonAsync<Result>($"/api/v1/petitions/statistics?organizationId={commune.Id}&from=01/10/2025&to=31/10/2025&by=kind", ApiClient.Json);

        result!.Total.ShouldBe(new Tally(Received: 3, Accepted: 1, Resolved: 2, Refused: 0, Forwarded: 0, Withdrawn: 0, Open: 1, OnTime: 1, Late: 1, Overdue: 1, Duplicates: 1, OnTimeRate: 50));
        result.Rows.Select(r => (r.Name, r.Tally.Received)).ShouldBe([("Khiếu nại", 1), ("Tố cáo", 1), ("Phản ánh", 1)]);
        result.Rows.Single(r => r.Name == "Phản ánh").Tally.Duplicates.ShouldBe(1);
    }

    [Fact]
    public async Task The_province_sees_its_communes_as_rows_and_a_petition_handled_in_time_counts_as_on_time()
    {
        var (officer, province, commune) = await OctoberAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var quick = await RegisterAsync(officer, NewPetition(commune.Id, kind: "Recommendation", receivedOn: today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), summary: "Thống kê: kiến nghị trả lời ngay"));
        await DoAsync(officer, quick, "Resolve", new { resolution = "Đã trả lời trong ngày." });

        var byCommune = await officer.GetFromJsonAsync<Result>($"/api/v1/petitions/statistics?organizationId={province.Id}&from=01/10/2025&to=31/10/2025&by=organization", ApiClient.Json);
        var byMonth = await officer.GetFromJsonAsync<Result>($"/api/v1/petitions/statistics?organizationId={commune.Id}&from=01/09/2025&to=30/11/2025&by=month", ApiClient.Json);
        var sameDay = await officer.GetFromJsonAsync<Result>($"/api/v1/petitions/statistics?organizationId={commune.Id}&from={today:dd/MM/yyyy}&to={today:dd/MM/yyyy}&by=field", ApiClient.Json);

        byCommune!.Rows.ShouldContain(r => r.Key == commune.Id.ToString(CultureInfo.InvariantCulture) && r.Name == commune.Name && r.Tally.Received == 3);
        byMonth!.Rows.Select(r => r.Name).ShouldBe(["Tháng 10/2025"]);
        sameDay!.Total.OnTime.ShouldBeGreaterThanOrEqualTo(1);
        sameDay.Total.Late.ShouldBe(0);
        sameDay.Total.OnTimeRate.ShouldBe(100);
    }

    [Fact]
    public async Task Bad_periods_and_groupings_are_refused_and_a_sibling_province_gets_nothing()
    {
        var (officer, province, _) = await OctoberAsync();
        var hue = await factory.BearerAsync("hue.chuyenvien");

        var bad = await officer.GetAsync($"/api/v1/petitions/statistics?organizationId={province.Id}&from=31/10/2025&to=01/10/2025&by=year");
        var sibling = await hue.GetAsync($"/api/v1/petitions/statistics?organizationId={province.Id}");

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ReadAsync<Problem>()).Errors!.Keys.ShouldBe(["to", "by"], ignoreOrder: true);
        sibling.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_monthly_Word_report_and_the_Excel_table_carry_the_figures()
    {
        var (_, _, commune) = await OctoberAsync();
        var browser = await factory.BrowserAsync("nghean.chuyenvien");

        var word = await browser.GetAsync($"/Petitions/Statistics?handler=Word&organizationId={commune.Id}&month=2025-10");
        var excel = await browser.GetAsync($"/Petitions/Statistics?handler=Export&organizationId={commune.Id}&from=01/10/2025&to=31/10/2025&by=kind");

        word.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync()))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain("ĐẢNG CỘNG SẢN VIỆT NAM");
            text.ShouldContain("tháng 10/2025");
            text.ShouldContain("tiếp nhận 3 đơn (không kể 1 đơn trùng nội dung)");
            text.ShouldContain("Thống kê tháng 10: tố cáo");
        }

        var rows = Workbook.Rows(await excel.Content.ReadAsByteArrayAsync());
        rows[0][0].ShouldBe("Loại đơn");
        rows.Last()[0].ShouldBe("Tổng cộng");
    }

    // The counts behind whole months are kept by every action; the months a range cuts are counted
    // from the petitions. Both must give the figures of the petitions themselves.
    [Fact]
    public async Task Counts_kept_by_each_action_match_the_petitions_and_a_range_that_cuts_months_adds_up()
    {
        var officer = await factory.BearerAsync("nghean.chuyenvien");
        var central = await factory.BearerAsync("tw.chuyenvien");
        var province = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(central, province.Id))[30];
        var resolved = await RegisterAsync(officer, NewPetition(commune.Id, receivedOn: "10/09/2025", summary: "Đếm: giải quyết"));
        await DoAsync(officer, await DoAsync(officer, resolved, "Accept"), "Resolve", new { resolution = "Đã giải quyết." });
        await DoAsync(officer, await RegisterAsync(officer, NewPetition(commune.Id, receivedOn: "25/09/2025", summary: "Đếm: không thụ lý")), "Refuse", new { reason = "Không đủ điều kiện thụ lý." });
        var forwarded = await DoAsync(officer, await RegisterAsync(officer, NewPetition(commune.Id, kind: "Feedback", receivedOn: "03/10/2025", summary: "Đếm: chuyển")), "Forward", new { forwardTo = "UBND xã" });
        await DoAsync(officer, await RegisterAsync(officer, NewPetition(commune.Id, kind: "Feedback", receivedOn: "20/10/2025", summary: "Đếm: rút")), "Withdraw", new { reason = "Người gửi rút đơn." });
        await DoAsync(officer, await RegisterAsync(officer, NewPetition(commune.Id, kind: "Recommendation", receivedOn: "05/11/2025", summary: "Đếm: trùng")), "MarkDuplicate", new { duplicateOfCode = forwarded.TrackingCode });
        var open = await RegisterAsync(officer, NewPetition(commune.Id, receivedOn: "07/11/2025", summary: "Đếm: đang xử lý"));
        await DoAsync(officer, open, "Accept");
        (await ActAsync(officer, open, "Refuse", new { reason = "Thao tác trên bản cũ." })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await RegisterAsync(officer, NewPetition(commune.Id, kind: "Denunciation", receivedOn: "15/11/2025", summary: "Đếm: mới nhận"));

        var cut = await officer.GetFromJsonAsync<Result>($"/api/v1/petitions/statistics?organizationId={commune.Id}&from=15/09/2025&to=10/11/2025&by=kind", ApiClient.Json);
        var whole = await officer.GetFromJsonAsync<Result>($"/api/v1/petitions/statistics?organizationId={commune.Id}&from=01/09/2025&to=30/11/2025&by=month", ApiClient.Json);
        var byCommune = await officer.GetFromJsonAsync<Result>($"/api/v1/petitions/statistics?organizationId={province.Id}&from=01/09/2025&to=30/11/2025&by=organization", ApiClient.Json);

        var t = cut!.Total;
        (t.Received, t.Refused, t.Forwarded, t.Withdrawn, t.Duplicates, t.Accepted, t.Open, t.Resolved).ShouldBe((4, 1, 1, 1, 1, 1, 1, 0));
        (whole!.Total.Received, whole.Total.Accepted, whole.Total.Resolved, whole.Total.Open, whole.Total.Duplicates).ShouldBe((6, 2, 1, 2, 1));
        whole.Rows.Select(r => (r.Key, r.Tally.Received)).ShouldBe([("2025-09", 2), ("2025-10", 2), ("2025-11", 2)]);
        byCommune!.Rows.Single(r => r.Key == commune.Id.ToString(CultureInfo.InvariantCulture)).Tally.ShouldBe(whole.Total);

        // Every count of the commune, and the province's counts of it, equal the petitions counted afresh.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var paths = await db.Organizations.Where(o => o.Id == commune.Id).ToDictionaryAsync(o => o.Id, o => o.Path);
        var petitions = await db.Petitions.Where(p => p.OrganizationId == commune.Id).ToListAsync();
        var expected = PetitionCounts.Changes(petitions.Select(p => ((PetitionCountFacts?)null, (PetitionCountFacts?)PetitionCountFacts.Of(p))), paths);
        var kept = await db.PetitionMonthCounts.Where(c => c.OrganizationId == commune.Id || (c.OrganizationId == province.Id && c.ChildId == commune.Id)).ToListAsync();
        static string Line(int organization, int month, int child, object kind, object field, IEnumerable<int> values) =>
            $"{organization}/{month}/{child}/{kind}/{field}: {string.Join(",", values)}";
        var expectedLines = expected.Where(e => e.Key.OrganizationId == commune.Id || e.Key.OrganizationId == province.Id)
            .Select(e => Line(e.Key.OrganizationId, e.Key.YearMonth, e.Key.ChildId, e.Key.Kind, e.Key.Field, e.Value));
        var keptLines = kept.Where(c => c.Received + c.Duplicates > 0)
            .Select(c => Line(c.OrganizationId, c.YearMonth, c.ChildId, c.Kind, c.Field, [c.Received, c.Accepted, c.Resolved, c.Refused, c.Forwarded, c.Withdrawn, c.Open, c.OnTime, c.Late, c.Duplicates]));
        keptLines.Order().ShouldBe(expectedLines.Order());
        expectedLines.Count().ShouldBe(10);
    }

    // Two people change the same petition at once: the second save is refused by the revision,
    // what it had added to the counts is rolled back with it, and the context's next save commits.
    [Fact]
    public async Task A_refused_save_leaves_the_counts_as_they_were_and_the_next_save_commits()
    {
        var officer = await factory.BearerAsync("nghean.chuyenvien");
        var central = await factory.BearerAsync("tw.chuyenvien");
        var province = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(central, province.Id))[31];
        var registered = await RegisterAsync(officer, NewPetition(commune.Id, receivedOn: "12/08/2025", summary: "Đếm: hai người cùng sửa"));
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var one = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var two = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var a = await one.Petitions.SingleAsync(p => p.Id == registered.Id);
        var b = await two.Petitions.SingleAsync(p => p.Id == registered.Id);

        (a.Status, a.Revision) = (Domain.Petitions.PetitionStatus.Withdrawn, a.Revision + 1);
        await one.SaveChangesAsync();
        (b.Status, b.RefusalReason, b.Revision) = (Domain.Petitions.PetitionStatus.Refused, "Không thụ lý.", b.Revision + 1);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => two.SaveChangesAsync());
        two.ChangeTracker.Clear();
        var again = await two.Petitions.SingleAsync(p => p.Id == registered.Id);
        (again.Status, again.HandledOnTime, again.Revision) = (Domain.Petitions.PetitionStatus.Registered, null, again.Revision + 1);
        await two.SaveChangesAsync();

        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var kept = await db.PetitionMonthCounts.Where(c => c.OrganizationId == commune.Id && c.YearMonth == 202508).ToListAsync();
        // The same context's next save (the withdrawal undone) commits, with its counts.
        (await db.Petitions.SingleAsync(p => p.Id == registered.Id)).Status.ShouldBe(Domain.Petitions.PetitionStatus.Registered);
        (kept.Sum(c => c.Withdrawn), kept.Sum(c => c.Refused), kept.Sum(c => c.Open), kept.Sum(c => c.Received)).ShouldBe((0, 0, 1, 1));
    }

    [Fact]
    public async Task A_quarterly_report_is_filled_from_the_petition_ledger_and_the_reception_sessions()
    {
        var officer = await factory.BearerAsync("nghean.chuyenvien");
        var central = await factory.BearerAsync("tw.chuyenvien");
        var province = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        var commune = (await Reporting.CommuneCommitteesAsync(central, province.Id))[8];
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var complaint = await RegisterAsync(officer, NewPetition(commune.Id, receivedOn: quarter.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        await DoAsync(officer, complaint, "Accept");
        await RegisterAsync(officer, new
        {
            organizationId = commune.Id,
            kind = "Feedback",
            field = "Society",
            channel = "Post",
            receivedOn = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            summary = "Phản ánh qua bưu điện",
            content = "Nội dung",
            petitioners = new[] { new { fullName = "Đinh Văn Nam" } },
        });
        await ReceptionClient.RecordAsync(officer, ReceptionClient.Session(commune.Id, today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), citizenCount: 5));
        await ReceptionClient.RecordAsync(officer, ReceptionClient.Session(commune.Id, quarter.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), headInPerson: false, citizenCount: 2));
        var opened = await officer.PostAsJsonAsync("/api/v1/reports", new { formCode = "BC-DV-QUY", organizationId = commune.Id, period = $"{today.Year}-Q{((today.Month - 1) / 3) + 1}" });
        var report = await opened.ReadAsync<Sheet>();
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var page = await browser.GetStringAsync($"/Reports/Report/{report.Id}");

        var filled = await browser.PostAsync($"/Reports/Report/{report.Id}?handler=Prefill", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page),
            ["revision"] = report.Revision.ToString(CultureInfo.InvariantCulture),
        }));

        filled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await officer.GetFromJsonAsync<Sheet>($"/api/v1/reports/{report.Id}", ApiClient.Json);
        (after!.Value("DT_TN"), after.Value("DT_KN"), after.Value("DT_KNPA"), after.Value("DT_THULY"), after.Value("DT_DAGQ")).ShouldBe((2, 1, 1, 1, 0));
        (after.Value("TCD_BUOI"), after.Value("TCD_BT"), after.Value("TCD_CT"), after.Value("TCD_LUOT")).ShouldBe((2, 1, 0, 7));
        var history = await officer.GetFromJsonAsync<List<ValueChange>>($"/api/v1/reports/{report.Id}/history/DT_KN", ApiClient.Json);
        history!.ShouldContain(h => h.UserName == "nghean.chuyenvien" && h.After == 1);
    }
}

[Collection("sqlite")]
public sealed class SqlitePetitionStatisticsTests(SqliteFixture fixture) : PetitionStatisticsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresPetitionStatisticsTests(PostgresFixture fixture) : PetitionStatisticsTests(fixture.Factory);
