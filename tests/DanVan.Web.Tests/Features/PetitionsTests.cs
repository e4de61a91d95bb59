using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Infrastructure.PetitionClient;

namespace DanVan.Web.Tests.Features;

public abstract class PetitionsTests(DanVanFactory factory)
{
    private static readonly string[] Senders = ["Lê Thị Ba", "Trần Văn Bốn", "Phạm Thị Năm", "Hoàng Văn Sáu", "Đỗ Thị Bảy"];

    private sealed record DueAnswer(DateOnly Due);

    [Fact]
    public async Task A_clerk_registers_a_complaint_and_it_runs_against_the_acceptance_limit_of_the_day_it_arrived()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var commune = await CommuneAsync();

        var petition = await RegisterAsync(clerk, NewPetition(commune.Id, receivedOn: "02/03/2026"));

        petition.Status.ShouldBe("Registered");
        petition.TrackingCode.ShouldMatch("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$");
        petition.Deadline.ShouldNotBeNull();
        (petition.Deadline.Rule, petition.Deadline.Days, petition.Deadline.Due, petition.Deadline.State).ShouldBe(("KN-2", 10, new DateOnly(2026, 3, 16), "Overdue"));
        petition.Petitioners.ShouldHaveSingleItem().FullName.ShouldBe("Nguyễn Văn An");
        petition.Events.ShouldHaveSingleItem().Title.ShouldBe("Tiếp nhận đơn");
        petition.Actions.ShouldBe(["Classify", "Assign", "Accept", "Refuse", "Forward", "Withdraw", "MarkDuplicate"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_queue_pages_by_deadline_give_the_same_petitions_in_the_same_order_as_one_long_page()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var central = await factory.BearerAsync("tw.chuyenvien");
        var commune = await CommuneAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        // Two on the same day share a deadline: the later one comes first.
        string[] days = ["10/03/2026", "02/03/2026", "20/03/2026", "02/03/2026", "05/03/2026"];
        foreach (var day in days)
        {
            await RegisterAsync(clerk, NewPetition(commune.Id, receivedOn: day, summary: $"Đề nghị làm rõ việc cấp giấy chứng nhận {tag}"));
        }

        // PostgreSQL reads each page narrowed to the petitions due by the page's last deadline.
        var whole = (await central.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?q={tag}&pageSize=100", ApiClient.Json))!;
        var pages = new List<Paged<PetitionRow>>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add((await central.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?q={tag}&pageSize=2&page={page}", ApiClient.Json))!);
        }

        whole.Total.ShouldBe(5);
        whole.Items.Select(r => r.DueOn).ShouldBeInOrder();
        whole.Items[0].Id.ShouldBeGreaterThan(whole.Items[1].Id);
        pages.Select(p => p.Items.Count).ShouldBe([2, 2, 1]);
        pages.SelectMany(p => p.Items).Select(r => r.Id).ShouldBe(whole.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task A_denunciation_is_accepted_extended_within_the_law_resolved_and_its_answer_published_for_the_sender()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var commune = await CommuneAsync();
        var petition = await RegisterAsync(clerk, NewPetition(commune.Id, kind: "Denunciation", receivedOn: Today().AddDays(-2).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        petition.Deadline!.Rule.ShouldBe("TC-1");

        petition = await DoAsync(clerk, petition, "Accept");
        petition.Status.ShouldBe("Accepted");
        (petition.Deadline!.Rule, petition.Deadline.Days).ShouldBe(("TC-4", 30));
        petition.Deadline.Due.ShouldBe(await DueAsync(Today(), 30, "calendar"));

        var normal = await ActAsync(clerk, petition, "Extend", new { days = 30, reason = "Cần xác minh thêm" });
        (await Problem(normal, "Days")).ShouldContain("phức tạp");
        petition = await DoAsync(clerk, petition, "Classify", new { complexity = "Complex" });
        petition = await DoAsync(clerk, petition, "Extend", new { days = 30, reason = "Phải xác minh ở nhiều nơi" });
        petition.Extensions.ShouldBe([30]);
        petition.Deadline!.Days.ShouldBe(60);
        petition.Deadline.Due.ShouldBe(await DueAsync(Today(), 60, "calendar"));
        var again = await ActAsync(clerk, petition, "Extend", new { days = 10, reason = "Lần nữa" });
        (await Problem(again, "Days")).ShouldContain("tối đa");

        petition = await DoAsync(clerk, petition, "Resolve", new { resolution = "Kết luận: nội dung tố cáo đúng một phần.", answer = "Cơ quan đã kết luận nội dung tố cáo và xử lý theo quy định." });
        petition.Status.ShouldBe("Resolved");
        petition.Deadline.ShouldBeNull();
        var before = await factory.CreateClient().GetFromJsonAsync<PublicStatus>($"/api/v1/public/petitions/{petition.TrackingCode}", ApiClient.Json);
        before!.Answer.ShouldBeNull();

        petition = await DoAsync(clerk, petition, "PublishAnswer");
        petition = await DoAsync(clerk, petition, "Close");

        var seen = await factory.CreateClient().GetFromJsonAsync<PublicStatus>($"/api/v1/public/petitions/{petition.TrackingCode.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)}", ApiClient.Json);
        seen!.StatusName.ShouldBe("Đã kết thúc");
        seen.Answer.ShouldBe("Cơ quan đã kết luận nội dung tố cáo và xử lý theo quy định.");
        seen.Steps.Select(s => s.Title).ShouldBe(["Tiếp nhận đơn", "Thụ lý", "Gia hạn", "Giải quyết", "Công khai kết quả", "Kết thúc"]);
        var json = await factory.CreateClient().GetStringAsync($"/api/v1/public/petitions/{petition.TrackingCode}");
        json.ShouldNotContain("Nguyễn Văn An");
        json.ShouldNotContain("0912");
    }

    [Fact]
    public async Task A_denouncers_identity_is_shown_only_to_the_cases_handlers_on_request_and_each_view_is_audited()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var admin = await factory.BearerAsync("admin");
        var commune = await CommuneAsync();
        var petition = await RegisterAsync(clerk, NewPetition(commune.Id, kind: "Denunciation", summary: "Tố cáo cán bộ địa chính", name: "Trần Thị Hạnh"));

        var masked = await GetAsync(clerk, petition.Id);
        var shown = await GetAsync(clerk, petition.Id, reveal: true);
        var above = await GetAsync(province, petition.Id, reveal: true);
        var list = await province.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={commune.Id}&q=Tố cáo cán bộ địa chính", ApiClient.Json);
        var audit = await admin.GetFromJsonAsync<Paged<AuditRow>>($"/api/v1/audit?entity=Petition&pageSize=100", ApiClient.Json);

        petition.IdentityHidden.ShouldBeTrue();
        petition.Petitioners.ShouldBeEmpty();
        masked.IdentityHidden.ShouldBeTrue();
        shown.IdentityHidden.ShouldBeFalse();
        shown.Petitioners.ShouldHaveSingleItem().FullName.ShouldBe("Trần Thị Hạnh");
        above.IdentityHidden.ShouldBeTrue();
        above.Petitioners.ShouldBeEmpty();
        list!.Items.ShouldHaveSingleItem().Petitioners.ShouldBe("(Thông tin người tố cáo được giữ bí mật)");
        var views = audit!.Items.Where(a => a.EntityId == petition.Id.ToString(CultureInfo.InvariantCulture) && a.Action == "IdentityViewed").ToList();
        views.ShouldHaveSingleItem().UserName.ShouldBe("nghean.xa.chuyenvien");
        audit.Items.Where(a => a.EntityType == "Petition").ShouldAllBe(a => (a.After ?? string.Empty).Contains("Hạnh") == false);
    }

    [Fact]
    public async Task An_action_on_an_older_revision_or_not_allowed_in_the_status_is_refused_and_changes_nothing()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var commune = await CommuneAsync();
        var petition = await RegisterAsync(clerk, NewPetition(commune.Id));
        var accepted = await DoAsync(clerk, petition, "Accept");

        var stale = await ActAsync(clerk, petition, "Refuse", new { reason = "Không đủ điều kiện" });
        var resolveComplaint = await ActAsync(clerk, await RegisterAsync(clerk, NewPetition(commune.Id)), "Resolve", new { resolution = "x" });
        var refuseWithoutReason = await ActAsync(clerk, await RegisterAsync(clerk, NewPetition(commune.Id)), "Refuse");

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.ReadAsync<Problem>()).Detail.ShouldBe("Đơn vừa được người khác cập nhật; thao tác của bạn chưa được ghi. Hãy tải lại trang để xem trạng thái mới nhất.");
        resolveComplaint.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await resolveComplaint.ReadAsync<Problem>()).Detail.ShouldBe("Đơn khiếu nại phải được thụ lý trước khi giải quyết.");
        (await Problem(refuseWithoutReason, "Reason")).ShouldBe("Vui lòng nhập lý do.");
        var now = await GetAsync(clerk, petition.Id);
        (now.Status, now.Revision, now.Events.Count).ShouldBe(("Accepted", accepted.Revision, 2));
    }

    [Fact]
    public async Task A_sibling_province_sees_none_of_anothers_petitions()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var commune = await CommuneAsync();
        var petition = await RegisterAsync(clerk, NewPetition(commune.Id));

        var read = await hue.GetAsync($"/api/v1/petitions/{petition.Id}");
        var act = await ActAsync(hue, petition, "Accept");
        var queue = await hue.GetAsync($"/api/v1/petitions?organizationId={commune.Id}");
        var register = await hue.PostAsJsonAsync("/api/v1/petitions", NewPetition(commune.Id));
        var own = await hue.GetFromJsonAsync<Paged<PetitionRow>>("/api/v1/petitions?pageSize=100", ApiClient.Json);

        read.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        act.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        queue.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        register.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        own!.Items.ShouldNotContain(p => p.Id == petition.Id);
        (await GetAsync(clerk, petition.Id)).Status.ShouldBe("Registered");

        var pages = await factory.BrowserAsync("hue.chuyenvien");
        foreach (var url in new[]
        {
            $"/Petitions/Details/{petition.Id}", $"/Petitions?organizationId={commune.Id}", $"/Petitions/Statistics?organizationId={commune.Id}",
            $"/Petitions?handler=Export&organizationId={commune.Id}", $"/Petitions/Details/{petition.Id}?handler=Document&documentId=1",
        })
        {
            var response = await pages.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }
    }

    [Fact]
    public async Task Bad_petitions_get_every_field_named_in_Vietnamese_and_nothing_is_registered()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var commune = await CommuneAsync();
        var before = await CountAsync(clerk, commune.Id);

        var empty = await clerk.PostAsJsonAsync("/api/v1/petitions", new { summary = " ", petitioners = Array.Empty<object>() });
        var bad = await clerk.PostAsJsonAsync("/api/v1/petitions", new
        {
            organizationId = commune.Id,
            kind = "Complaint",
            field = "Land",
            channel = "Post",
            receivedOn = "01/01/2099",
            summary = new string('x', 301),
            content = "<script>alert(1)</script>",
            petitioners = new[] { new { fullName = "Lê Văn B", phone = "09a", email = "không phải thư", identityNumber = "12345" } },
        });
        var mistyped = await clerk.PostAsync("/api/v1/petitions", new StringContent("{\"kind\": \"Quarrel\"}", System.Text.Encoding.UTF8, "application/json"));

        var errors = (await empty.ReadAsync<Problem>()).Errors!;
        errors.Keys.ShouldBe(["Summary", "Content", "Kind", "Field", "Channel", "Petitioners", "OrganizationId"], ignoreOrder: true);
        errors["Kind"].ShouldHaveSingleItem().ShouldBe("Vui lòng chọn loại đơn: khiếu nại, tố cáo, kiến nghị hoặc phản ánh.");
        var badErrors = (await bad.ReadAsync<Problem>()).Errors!;
        badErrors.Keys.ShouldBe(["ReceivedOn", "Summary", "Petitioners[0].Phone", "Petitioners[0].Email", "Petitioners[0].IdentityNumber"], ignoreOrder: true);
        badErrors["ReceivedOn"].ShouldHaveSingleItem().ShouldBe("Ngày nhận đơn không được sau hôm nay.");
        mistyped.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync(clerk, commune.Id)).ShouldBe(before);
    }

    [Fact]
    public async Task The_queue_puts_the_nearest_deadline_first_and_filters_overdue_ones()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var commune = await CommuneAsync();
        var late = await RegisterAsync(clerk, NewPetition(commune.Id, receivedOn: "05/01/2026", summary: "Đơn quá hạn để kiểm tra hàng đợi"));
        var fresh = await RegisterAsync(clerk, NewPetition(commune.Id, receivedOn: Today().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), summary: "Đơn mới để kiểm tra hàng đợi"));

        var queue = await clerk.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={commune.Id}&open=true&pageSize=100", ApiClient.Json);
        var overdue = await clerk.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={commune.Id}&due=overdue&pageSize=100", ApiClient.Json);
        var byCode = await clerk.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={commune.Id}&q={fresh.TrackingCode}", ApiClient.Json);
        var badFilter = await clerk.GetAsync($"/api/v1/petitions?organizationId={commune.Id}&status=Lost&due=tomorrow");

        queue!.Items.Select(p => p.DueOn).ShouldBeInOrder(SortDirection.Ascending);
        queue.Items.FindIndex(p => p.Id == late.Id).ShouldBeLessThan(queue.Items.FindIndex(p => p.Id == fresh.Id));
        overdue!.Items.ShouldContain(p => p.Id == late.Id && p.DueState == "Overdue" && p.DaysLeft < 0);
        overdue.Items.ShouldNotContain(p => p.Id == fresh.Id);
        byCode!.Items.ShouldHaveSingleItem().Id.ShouldBe(fresh.Id);
        (await badFilter.ReadAsync<Problem>()).Errors!.Keys.ShouldBe(["status", "due"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_ledger_exports_every_petition_of_the_queue_in_its_order_with_senders_and_denouncers_masked()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var commune = await CommuneAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var many = new
        {
            organizationId = commune.Id,
            kind = "Recommendation",
            field = "Land",
            channel = "InPerson",
            receivedOn = "03/03/2026",
            summary = $"Kiến nghị chung {tag}",
            content = "Nhiều hộ cùng kiến nghị sửa đường liên thôn.",
            petitioners = Senders.Select(n => new { fullName = n, address = "Thôn 2" }).ToArray(),
        };
        var registered = new List<PetitionFile>
        {
            await RegisterAsync(clerk, many),
            await RegisterAsync(clerk, NewPetition(commune.Id, kind: "Denunciation", receivedOn: "04/03/2026", summary: $"Tố cáo {tag}", name: "Trịnh Văn Mật")),
        };
        for (var i = 0; i < 4; i++)
        {
            registered.Add(await RegisterAsync(clerk, NewPetition(commune.Id, receivedOn: $"{10 + i:00}/03/2026", summary: $"Khiếu nại {i} {tag}")));
        }

        var queue = await clerk.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={commune.Id}&q={tag}&pageSize=100", ApiClient.Json);
        var export = await (await factory.BrowserAsync("nghean.xa.chuyenvien")).GetAsync($"/Petitions?handler=Export&organizationId={commune.Id}&view=all&q={tag}");

        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = Workbook.Rows(await export.Content.ReadAsByteArrayAsync());
        rows[0].ShouldBe(["Mã tra cứu", "Ngày nhận", "Nguồn đơn", "Loại đơn", "Lĩnh vực", "Trích yếu", "Người gửi", "Cơ quan xử lý", "Trạng thái", "Hạn xử lý", "Số ngày còn lại", "Người xử lý"]);
        queue!.Total.ShouldBe(registered.Count);
        rows.Skip(1).Select(r => r[0]).ShouldBe(queue.Items.Select(p => p.TrackingCode));
        rows.Skip(1).Select(r => r[6]).ShouldBe(queue.Items.Select(p => p.Petitioners));
        rows.Single(r => r[0] == registered[0].TrackingCode)[6].ShouldBe("Lê Thị Ba, Trần Văn Bốn, Phạm Thị Năm và 2 người khác");
        rows.Single(r => r[0] == registered[1].TrackingCode)[6].ShouldBe("(Thông tin người tố cáo được giữ bí mật)");
        rows.Single(r => r[0] == registered[2].TrackingCode)[1].ShouldBe("10/03/2026");
    }

    [Fact]
    public async Task A_duplicate_is_linked_and_leaves_the_queue_and_a_second_complaint_names_the_first()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var commune = await CommuneAsync();
        var first = await RegisterAsync(clerk, NewPetition(commune.Id));
        var repeat = await RegisterAsync(clerk, NewPetition(commune.Id));

        repeat = await DoAsync(clerk, repeat, "MarkDuplicate", new { duplicateOfCode = first.TrackingCode });
        var second = await RegisterAsync(clerk, new
        {
            organizationId = commune.Id,
            kind = "Complaint",
            field = "Land",
            channel = "InPerson",
            summary = "Khiếu nại lần hai",
            content = "Không đồng ý với quyết định giải quyết lần đầu.",
            firstPetitionCode = first.TrackingCode,
            petitioners = new[] { new { fullName = "Nguyễn Văn An" } },
        });
        var onDenunciation = await clerk.PostAsJsonAsync("/api/v1/petitions", new
        {
            organizationId = commune.Id,
            kind = "Denunciation",
            field = "Land",
            channel = "InPerson",
            summary = "Sai",
            content = "Sai",
            firstPetitionCode = first.TrackingCode,
            petitioners = new[] { new { fullName = "A" } },
        });
        var open = await clerk.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={commune.Id}&open=true&pageSize=100&q={repeat.TrackingCode}", ApiClient.Json);

        repeat.Status.ShouldBe("Duplicate");
        repeat.DuplicateOfCode.ShouldBe(first.TrackingCode);
        repeat.Deadline.ShouldBeNull();
        open!.Items.ShouldBeEmpty();
        (second.Round, second.FirstPetitionCode).ShouldBe((2, first.TrackingCode));
        (await Problem(onDenunciation, "FirstPetitionCode")).ShouldBe("Chỉ khiếu nại lần hai mới gắn với một đơn khiếu nại lần đầu.");
    }

    [Fact]
    public async Task A_citizen_sends_on_the_portal_without_an_account_and_robots_and_bad_input_are_turned_away()
    {
        var anonymous = factory.CreateClient();
        var commune = await CommuneAsync();
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");

        var sent = await anonymous.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            organizationId = commune.Id,
            kind = "Feedback",
            field = "Environment",
            summary = "Rác thải ở kênh thôn 5",
            content = "Kênh thoát nước thôn 5 bị lấp rác nhiều tuần nay.",
            fullName = "Phạm Thị Cúc",
            phone = "0987654321",
        });
        var robot = await anonymous.PostAsJsonAsync("/api/v1/public/petitions", new { organizationId = commune.Id, kind = "Feedback", summary = "Mua ngay", content = "x", fullName = "Bot", website = "http://spam.example" });
        var links = await anonymous.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            organizationId = commune.Id,
            kind = "Feedback",
            summary = "Quảng cáo",
            fullName = "A",
            content = "http://a.example https://b.example www.c.example http://d.example",
        });
        var nameless = await anonymous.PostAsJsonAsync("/api/v1/public/petitions", new { organizationId = commune.Id, kind = "Complaint", summary = "Đơn", content = "Nội dung" });
        var broken = await anonymous.PostAsync("/api/v1/public/petitions", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        var unknown = await anonymous.GetAsync("/api/v1/public/petitions/ZZZZ-ZZZZ-ZZ");

        sent.StatusCode.ShouldBe(HttpStatusCode.Created);
        var code = (await sent.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["trackingCode"];
        var queue = await clerk.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={commune.Id}&q={code}", ApiClient.Json);
        var registered = await GetAsync(clerk, queue!.Items.ShouldHaveSingleItem().Id);
        (registered.Kind, registered.Deadline!.Rule).ShouldBe(("Feedback", "XLD-1"));
        registered.Events.ShouldHaveSingleItem().Note!.ShouldStartWith("Cổng trực tuyến");
        robot.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(links, "Content")).ShouldBe("Nội dung có quá nhiều đường dẫn (tối đa 3).");
        (await Problem(nameless, "FullName")).ShouldBe("Vui lòng nhập họ và tên người gửi đơn.");
        broken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.ReadAsync<Problem>()).Detail!.ShouldContain("mã tra cứu");
    }

    [Fact]
    public async Task When_an_administrator_adds_a_day_off_the_queue_counts_open_deadlines_again()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var admin = await factory.BearerAsync("admin");
        var commune = await CommuneAsync();
        var today = Today();
        var petition = await RegisterAsync(clerk, NewPetition(commune.Id, kind: "Denunciation", receivedOn: today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), summary: "Đơn để thử đổi lịch"));
        var firstWorkingDay = await DueAsync(today, 1, "working");
        var before = await QueuedDueAsync(clerk, commune.Id, petition.TrackingCode);
        before.ShouldBe(await DueAsync(today, 7, "working"));

        var added = await admin.PostAsJsonAsync("/api/v1/calendar/official-days", new { date = firstWorkingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), kind = "DayOff", name = "Nghỉ thử để tính lại hạn" });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await added.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>())!["id"].GetInt32();
        var moved = await QueuedDueAsync(clerk, commune.Id, petition.TrackingCode);
        var expected = await DueAsync(today, 7, "working");
        (await admin.DeleteAsync($"/api/v1/calendar/official-days/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var restored = await QueuedDueAsync(clerk, commune.Id, petition.TrackingCode);

        moved.ShouldBe(expected);
        moved.ShouldBeGreaterThan(before);
        restored.ShouldBe(before);
    }

    private static async Task<DateOnly> QueuedDueAsync(HttpClient client, int organizationId, string code) =>
        (await client.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={organizationId}&q={code}", ApiClient.Json))!.Items.Single().DueOn!.Value;

    [Fact]
    public async Task Documents_are_filed_checked_and_for_a_denunciation_kept_to_its_handlers()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var admin = await factory.BearerAsync("admin");
        var commune = await CommuneAsync();
        var complaint = await RegisterAsync(clerk, NewPetition(commune.Id));
        var denunciation = await RegisterAsync(clerk, NewPetition(commune.Id, kind: "Denunciation", summary: "Tố cáo kèm chứng cứ"));
        byte[] pdf = [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37];

        var filed = await Upload(clerk, complaint.Id, "don-khieu-nai.pdf", pdf);
        var empty = await Upload(clerk, complaint.Id, "trong.pdf", []);
        var program = await Upload(clerk, complaint.Id, "virus.exe", pdf);
        var byCookie = await Upload(await factory.BrowserAsync("nghean.xa.chuyenvien"), complaint.Id, "cookie.pdf", pdf);
        var evidence = await Upload(clerk, denunciation.Id, "chung-cu.pdf", pdf);
        var fromAbove = await Upload(province, denunciation.Id, "cap-tren.pdf", pdf);

        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Problem(empty, "File")).ShouldBe("Vui lòng chọn một tệp có nội dung.");
        (await Problem(program, "File")).ShouldBe("Chỉ nhận tệp PDF, Word, Excel, JPG hoặc PNG.");
        byCookie.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        evidence.StatusCode.ShouldBe(HttpStatusCode.Created);
        fromAbove.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var file = await GetAsync(clerk, complaint.Id);
        file.Documents.ShouldHaveSingleItem().FileName.ShouldBe("don-khieu-nai.pdf");
        (await clerk.GetByteArrayAsync($"/api/v1/petitions/{complaint.Id}/documents/{file.Documents[0].Id}")).ShouldBe(pdf);
        var hidden = await GetAsync(province, denunciation.Id);
        (hidden.DocumentsVisible, hidden.Documents.Count).ShouldBe((false, 0));
        var evidenceId = (await GetAsync(clerk, denunciation.Id)).Documents.Single().Id;
        (await province.GetAsync($"/api/v1/petitions/{denunciation.Id}/documents/{evidenceId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await clerk.GetByteArrayAsync($"/api/v1/petitions/{denunciation.Id}/documents/{evidenceId}")).ShouldBe(pdf);
        var audit = await admin.GetFromJsonAsync<Paged<AuditRow>>("/api/v1/audit?entity=Petition&pageSize=100", ApiClient.Json);
        audit!.Items.ShouldContain(a => a.EntityId == denunciation.Id.ToString(CultureInfo.InvariantCulture) && a.Action == "IdentityViewed" && a.UserName == "nghean.xa.chuyenvien");
        (await clerk.DeleteAsync($"/api/v1/petitions/{complaint.Id}/documents/{file.Documents[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetAsync(clerk, complaint.Id)).Documents.ShouldBeEmpty();
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient client, long petitionId, string name, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await client.PostAsync($"/api/v1/petitions/{petitionId}/documents", form);
    }

    [Fact]
    public async Task Another_system_files_through_the_intake_and_gets_a_brief_receipt()
    {
        var system = await factory.BearerAsync("nghean.chuyenvien");
        var commune = await CommuneAsync();

        var response = await system.PostAsJsonAsync("/api/v1/petitions/intake", new
        {
            organizationId = commune.Id,
            kind = "Recommendation",
            field = "Society",
            summary = "Kiến nghị từ hệ thống một cửa",
            content = "Đề nghị bố trí thêm điểm tiếp nhận hồ sơ.",
            petitioners = new[] { new { fullName = "Lại Văn Cường" } },
        });
        var invalid = await system.PostAsJsonAsync("/api/v1/petitions/intake", new { organizationId = commune.Id });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var receipt = (await response.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>())!;
        receipt.Keys.ShouldBe(["id", "trackingCode", "status", "dueOn", "dueRule"], ignoreOrder: true);
        (receipt["status"].GetString(), receipt["dueRule"].GetString()).ShouldBe(("Registered", "XLD-1"));
        var file = await GetAsync(system, receipt["id"].GetInt64());
        (file.TrackingCode, file.Events.Single().Note!.StartsWith("Hệ thống khác", StringComparison.Ordinal)).ShouldBe((receipt["trackingCode"].GetString(), true));
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_portal_form_turns_away_a_sending_faster_than_a_person_types_and_a_forged_stamp()
    {
        var commune = await CommuneAsync();
        var browser = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetStringAsync("/Portal/Petition");
        var stamp = System.Text.RegularExpressions.Regex.Match(page, "name=\"Stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        FormUrlEncodedContent Form(string value) => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page),
            ["Stamp"] = value,
            ["Input.OrganizationId"] = commune.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Kind"] = "Feedback",
            ["Input.Summary"] = "Gửi ngay sau khi mở trang",
            ["Input.Content"] = "Nội dung",
            ["Input.FullName"] = "Người Gửi Nhanh",
        });

        var fast = await browser.PostAsync("/Portal/Petition", Form(stamp));
        var forged = await browser.PostAsync("/Portal/Petition", Form("không-phải-tem"));

        fast.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await fast.Content.ReadAsStringAsync()).ShouldContain("Đơn được gửi quá nhanh sau khi mở trang");
        (await forged.Content.ReadAsStringAsync()).ShouldContain("Đơn được gửi quá nhanh sau khi mở trang");
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        (await clerk.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={commune.Id}&q=Gửi ngay sau khi mở trang", ApiClient.Json))!.Total.ShouldBe(0);
    }

    [Fact]
    public async Task On_the_page_an_action_from_an_older_revision_says_someone_else_changed_the_petition()
    {
        var clerk = await factory.BearerAsync("nghean.xa.chuyenvien");
        var browser = await factory.BrowserAsync("nghean.xa.chuyenvien");
        var commune = await CommuneAsync();
        var petition = await RegisterAsync(clerk, NewPetition(commune.Id));
        var page = await browser.GetStringAsync($"/Petitions/Details/{petition.Id}");
        await DoAsync(clerk, petition, "Accept");

        var stale = await browser.PostAsync($"/Petitions/Details/{petition.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page),
            ["Input.Action"] = "Refuse",
            ["Input.Revision"] = petition.Revision.ToString(CultureInfo.InvariantCulture),
            ["Input.Reason"] = "Không đủ điều kiện",
        }));

        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Đơn vừa được người khác cập nhật");
        (await GetAsync(clerk, petition.Id)).Status.ShouldBe("Accepted");
    }

    private async Task<Org> CommuneAsync()
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        return (await Reporting.CommuneCommitteesAsync(central, ngheAn.Id))[0];
    }

    private async Task<DateOnly> DueAsync(DateOnly start, int days, string type) =>
        (await factory.CreateClient().GetFromJsonAsync<DueAnswer>($"/api/v1/calendar/due?start={start:yyyy-MM-dd}&days={days}&dayType={type}", ApiClient.Json))!.Due;

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static async Task<int> CountAsync(HttpClient client, int organizationId) =>
        (await client.GetFromJsonAsync<Paged<PetitionRow>>($"/api/v1/petitions?organizationId={organizationId}&pageSize=1", ApiClient.Json))!.Total;

    private static async Task<string> Problem(HttpResponseMessage response, string field)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Problem>()).Errors![field].ShouldHaveSingleItem();
    }
}

[Collection("sqlite")]
public sealed class SqlitePetitionsTests(SqliteFixture fixture) : PetitionsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresPetitionsTests(PostgresFixture fixture) : PetitionsTests(fixture.Factory);
