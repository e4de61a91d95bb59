using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Infrastructure.ReceptionClient;

namespace DanVan.Web.Tests.Features;

/// <summary>
/// Reception sessions, heads' duties and dialogues through the API and the pages. Each test works
/// on its own commune of Nghệ An, so that counts never mix on the shared database.
/// </summary>
public abstract class ReceptionTests(DanVanFactory factory)
{
    [Fact]
    public async Task A_clerk_records_a_session_and_finds_it_by_month_by_head_and_by_words_typed_without_diacritics()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (commission, commune) = await CommuneAsync(1);

        var head = await RecordAsync(clerk, Session(commune.Id, "05/03/2026", citizenCount: "12", place: "Trụ sở Đảng ủy xã", matters: "Kiến nghị sửa đường liên thôn bị sạt lở."));
        var deputy = await RecordAsync(clerk, Session(commune.Id, "2026-03-06", headInPerson: false, matters: "Hỏi về chế độ người có công."));
        await RecordAsync(clerk, Session(commune.Id, "10/04/2026"));

        (head.HeldOn, head.CitizenCount, head.ReceiverPosition, head.HeadInPerson, head.OrganizationName).ShouldBe((new DateOnly(2026, 3, 5), 12, "PartySecretary", true, commune.Name));
        (deputy.HeldOn, deputy.ReceiverPosition, deputy.HeadInPerson).ShouldBe((new DateOnly(2026, 3, 6), "DeputyOrDelegate", false));
        var march = await ListAsync(clerk, $"organizationId={commune.Id}&month=03/2026");
        march.Items.Select(s => s.Id).ShouldBe([deputy.Id, head.Id]);
        (await ListAsync(clerk, $"organizationId={commune.Id}&month=2026-03&headInPerson=true")).Items.ShouldHaveSingleItem().Id.ShouldBe(head.Id);
        (await ListAsync(clerk, $"organizationId={commune.Id}&headInPerson=false")).Items.ShouldHaveSingleItem().Id.ShouldBe(deputy.Id);
        (await ListAsync(clerk, $"organizationId={commune.Id}&q=DUONG lien thon")).Items.ShouldHaveSingleItem().Id.ShouldBe(head.Id);
        (await ListAsync(clerk, $"organizationId={commission.Id}&q=tru so dang uy&pageSize=100")).Items.ShouldContain(s => s.Id == head.Id);
        var onePage = await ListAsync(clerk, $"organizationId={commune.Id}&pageSize=2&page=2");
        (onePage.Total, onePage.Items.Count).ShouldBe((3, 1));
        (await clerk.GetFromJsonAsync<SessionRow>($"/api/v1/reception-sessions/{head.Id}", ApiClient.Json))!.Matters.ShouldBe("Kiến nghị sửa đường liên thôn bị sạt lở.");
    }

    [Fact]
    public async Task The_duty_grid_counts_distinct_days_the_commune_secretary_received_in_person_and_never_a_deputys()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (commission, commune) = await CommuneAsync(2);
        await RecordAsync(clerk, Session(commune.Id, "05/03/2026"));
        await RecordAsync(clerk, Session(commune.Id, "05/03/2026", place: "Nhà văn hóa thôn 1"));
        await RecordAsync(clerk, Session(commune.Id, "19/03/2026", headInPerson: false));

        var before = await DutiesAsync(clerk, commune.Id, 2026);
        var heads = await DutiesAsync(clerk, commission.Id, 2026, "&position=AgencyHead&q=ban tuyen giao va dan van");
        var deputyDay = before.Cell(commune.Id, "2026-03");
        await RecordAsync(clerk, Session(commune.Id, "20/03/2026"));
        var after = await DutiesAsync(clerk, commune.Id, 2026);

        (deputyDay.Duty, deputyDay.Status, deputyDay.Text).ShouldBe(("TD-2", "NotMet", "Chưa đạt (1/2 ngày)"));
        after.Cell(commune.Id, "2026-03").Text.ShouldBe("Đạt (2/2 ngày)");
        after.Cell(commune.Id, "2026-02").Text.ShouldBe("Chưa đạt (0/2 ngày)");
        after.Months.Count.ShouldBe(12);
        after.Rows.Items.ShouldHaveSingleItem().HeadPosition.ShouldBe("PartySecretary");
        heads.Rows.Items.ShouldHaveSingleItem().HeadPosition.ShouldBe("AgencyHead");
        heads.Cell(commission.Id, "2026-03").Text.ShouldBe("Chưa đạt (0/1 ngày)");
        before.Duties.Select(d => d.Code).ShouldBe(["TD-1", "TD-2", "TD-3", "TD-5", "TD-6", "TD-7", "TD-8"]);
        before.Duties.Single(d => d.Code == "TD-2").Citation.ShouldContain("Kết luận 215-KL/TW");
        var last2025 = await DutiesAsync(clerk, commune.Id, 2025);
        last2025.Cell(commune.Id, "2025-06").Status.ShouldBe("NotApplicable");
        last2025.Cell(commune.Id, "2025-07").Status.ShouldBe("NotMet");
        var recent = await clerk.GetFromJsonAsync<DutyGrid>($"/api/v1/organizations/{commune.Id}/reception-duties", ApiClient.Json);
        (recent!.Year, recent.Months.Count).ShouldBe((null, 6));
        var html = await (await factory.BrowserAsync("nghean.chuyenvien")).GetStringAsync($"/Reception/Duties?organizationId={commune.Id}&year=2026");
        html.ShouldContain("data-month=\"2026-03\" title=\"TD-2: Đạt (2/2 ngày)\"");
        html.ShouldContain("Luật Tiếp công dân 2013, Điều 15(2)(d)");
    }

    [Fact]
    public async Task A_commune_chair_meets_the_weekly_duty_only_with_a_day_in_every_week_of_the_month()
    {
        var admin = await factory.BearerAsync("nghean.quantri");
        var (commission, commune) = await CommuneAsync(3);
        var created = await admin.PostAsJsonAsync("/api/v1/organizations", new
        {
            name = $"Ủy ban nhân dân thử {Guid.NewGuid():N}"[..40],
            typeId = await Reporting.TypeIdAsync(admin, "UBND"),
            level = "Commune",
            adminUnitCode = commune.AdminUnitCode,
            parentId = commission.Id,
            validFrom = "01/07/2025",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var committee = await created.ReadAsync<Org>();
        var sessions = new List<SessionRow>();
        foreach (var day in new[] { "01/03/2026", "03/03/2026", "10/03/2026", "17/03/2026", "24/03/2026", "02/04/2026" })
        {
            sessions.Add(await RecordAsync(admin, Session(committee.Id, day, position: "PeopleCommitteeChair")));
        }

        var met = await DutiesAsync(admin, committee.Id, 2026);
        (await admin.DeleteAsync($"/api/v1/reception-sessions/{sessions[3].Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var missed = await DutiesAsync(admin, committee.Id, 2026);
        var chairs = await DutiesAsync(admin, commission.Id, 2026, "&position=PeopleCommitteeChair");

        (met.Cell(committee.Id, "2026-03").Duty, met.Cell(committee.Id, "2026-03").Text).ShouldBe(("TD-5", "Đạt (5/5 tuần)"));
        met.Cell(committee.Id, "2026-02").Text.ShouldBe("Chưa đạt (1/4 tuần)");
        missed.Cell(committee.Id, "2026-03").Text.ShouldBe("Chưa đạt (4/5 tuần)");
        chairs.Rows.Items.ShouldContain(r => r.OrganizationId == committee.Id);
        chairs.Rows.Items.ShouldAllBe(r => r.HeadPosition == "PeopleCommitteeChair");
    }

    [Fact]
    public async Task An_ad_hoc_session_needs_its_reason_and_is_shown_beside_the_periodic_duty_never_counted_toward_it()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(11);
        await RecordAsync(clerk, Session(commune.Id, "05/03/2026"));
        var before = await ListAsync(clerk, $"organizationId={commune.Id}&pageSize=100");

        var noReason = await clerk.PostAsJsonAsync("/api/v1/reception-sessions", Session(commune.Id, "19/03/2026", isAdHoc: true, adHocReason: "  "));
        var unchanged = await ListAsync(clerk, $"organizationId={commune.Id}&pageSize=100");
        var adHoc = await RecordAsync(clerk, Session(commune.Id, "19/03/2026", isAdHoc: true, adHocReason: "Hơn 40 hộ dân thôn 3 kéo đến trụ sở phản đối việc đổ thải của bãi rác."));
        await RecordAsync(clerk, Session(commune.Id, "20/03/2026", headInPerson: false, isAdHoc: true, adHocReason: "Cấp phó tiếp đoàn đông người."));
        var grid = await DutiesAsync(clerk, commune.Id, 2026);
        var html = await (await factory.BrowserAsync("nghean.chuyenvien")).GetStringAsync($"/Reception/Details/{adHoc.Id}");
        var duties = await (await factory.BrowserAsync("nghean.chuyenvien")).GetStringAsync($"/Reception/Duties?organizationId={commune.Id}&year=2026");

        (await Errors(noReason)).ShouldContainKey("AdHocReason");
        unchanged.Total.ShouldBe(before.Total);
        (adHoc.IsAdHoc, adHoc.AdHocReason).ShouldBe((true, "Hơn 40 hộ dân thôn 3 kéo đến trụ sở phản đối việc đổ thải của bãi rác."));
        var march = grid.Cell(commune.Id, "2026-03");
        (march.Status, march.Text, march.AdHocDays).ShouldBe(("NotMet", "Chưa đạt (1/2 ngày)", 1));
        grid.Duties.Single(d => d.Code == "TD-8").Minimum.ShouldBe("đột xuất khi cần");
        html.ShouldContain("data-testid=\"adhoc-badge\"");
        html.ShouldContain("Hơn 40 hộ dân thôn 3");
        duties.ShouldContain("+1 ngày đột xuất");
    }

    [Fact]
    public async Task The_council_standing_committees_days_are_tracked_without_a_verdict_from_July_2026()
    {
        var admin = await factory.BearerAsync("nghean.quantri");
        var (commission, commune) = await CommuneAsync(12);
        var created = await admin.PostAsJsonAsync("/api/v1/organizations", new
        {
            name = $"Hội đồng nhân dân thử {Guid.NewGuid():N}"[..40],
            typeId = await Reporting.TypeIdAsync(admin, "HDND"),
            level = "Commune",
            adminUnitCode = commune.AdminUnitCode,
            parentId = commission.Id,
            validFrom = "01/07/2025",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var council = await created.ReadAsync<Org>();
        await RecordAsync(admin, Session(council.Id, "10/06/2026", position: "CouncilStanding"));
        await RecordAsync(admin, Session(council.Id, "10/08/2026", position: "CouncilStanding"));
        await RecordAsync(admin, Session(council.Id, "12/08/2026", position: "CouncilStanding", isAdHoc: true, adHocReason: "Cử tri phản ánh ngập úng kéo dài."));

        var grid = await DutiesAsync(admin, council.Id, 2026);
        var councils = await DutiesAsync(admin, commission.Id, 2026, "&position=CouncilStanding");

        grid.Rows.Items.ShouldHaveSingleItem().HeadPosition.ShouldBe("CouncilStanding");
        grid.Cell(council.Id, "2026-06").Status.ShouldBe("NotApplicable");
        var august = grid.Cell(council.Id, "2026-08");
        (august.Duty, august.Status, august.Text, august.AdHocDays).ShouldBe(("TD-7", "Tracked", "Theo dõi (1 ngày)", 1));
        councils.Rows.Items.ShouldContain(r => r.OrganizationId == council.Id);
        councils.Rows.Items.ShouldAllBe(r => r.HeadPosition == "CouncilStanding");
    }

    [Fact]
    public async Task Editing_and_deleting_a_session_are_audited_and_the_history_names_each_change()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var admin = await factory.BearerAsync("admin");
        var (_, commune) = await CommuneAsync(4);
        var session = await RecordAsync(clerk, Session(commune.Id, "05/05/2026"));

        var edited = await clerk.PutAsJsonAsync($"/api/v1/reception-sessions/{session.Id}", Session(commune.Id, "06/05/2026", citizenCount: 7));
        var history = (await clerk.GetFromJsonAsync<List<RecordChange>>($"/api/v1/reception-sessions/{session.Id}/history", ApiClient.Json))!;
        var deleted = await clerk.DeleteAsync($"/api/v1/reception-sessions/{session.Id}");
        var gone = await clerk.GetAsync($"/api/v1/reception-sessions/{session.Id}");
        var audit = await admin.GetFromJsonAsync<Paged<AuditRow>>($"/api/v1/audit?entity=ReceptionSession&organizationId={commune.Id}&pageSize=100", ApiClient.Json);

        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await edited.ReadAsync<SessionRow>()).CitizenCount.ShouldBe(7);
        history.Select(h => h.Action).ShouldBe(["Created", "Updated"]);
        history[1].UserName.ShouldBe("nghean.chuyenvien");
        history[1].Fields.ShouldContain(new ChangedField("Ngày", "05/05/2026", "06/05/2026"));
        history[1].Fields.ShouldContain(new ChangedField("Số lượt công dân", "3", "7"));
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var rows = audit!.Items.Where(a => a.EntityId == session.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        rows.Select(a => a.Action).ShouldBe(["Deleted", "Updated", "Created"]);
        rows[0].Before!.ShouldContain("Nguyễn Văn Thắng");
        rows.ShouldAllBe(a => !(a.After ?? string.Empty).Contains("SearchFolded"));
    }

    [Fact]
    public async Task A_sibling_province_sees_none_of_anothers_sessions_or_dialogues_through_the_API()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var (commission, commune) = await CommuneAsync(5);
        var session = await RecordAsync(clerk, Session(commune.Id, "07/05/2026", matters: "Nội dung chỉ Nghệ An được xem"));
        var dialogue = await HoldAsync(clerk, Dialogue(commune.Id, topic: "Đối thoại chỉ Nghệ An được xem"));

        var answers = new[]
        {
            await hue.GetAsync($"/api/v1/reception-sessions/{session.Id}"),
            await hue.GetAsync($"/api/v1/reception-sessions/{session.Id}/history"),
            await hue.PutAsJsonAsync($"/api/v1/reception-sessions/{session.Id}", Session(commune.Id, "07/05/2026")),
            await hue.DeleteAsync($"/api/v1/reception-sessions/{session.Id}"),
            await hue.PostAsJsonAsync("/api/v1/reception-sessions", Session(commune.Id, "07/05/2026")),
            await hue.GetAsync($"/api/v1/reception-sessions?organizationId={commune.Id}"),
            await hue.GetAsync($"/api/v1/dialogues/{dialogue.Id}"),
            await hue.PutAsJsonAsync($"/api/v1/dialogues/{dialogue.Id}", Dialogue(commune.Id)),
            await hue.DeleteAsync($"/api/v1/dialogues/{dialogue.Id}"),
            await hue.PostAsJsonAsync("/api/v1/dialogues", Dialogue(commune.Id)),
            await hue.GetAsync($"/api/v1/dialogues?organizationId={commission.Id}"),
            await hue.GetAsync($"/api/v1/organizations/{commune.Id}/reception-duties?year=2026"),
            await hue.GetAsync($"/api/v1/organizations/{commission.Id}/reception-duties"),
        };
        var ownSessions = await hue.GetStringAsync("/api/v1/reception-sessions?pageSize=100");
        var ownDialogues = await hue.GetStringAsync("/api/v1/dialogues?pageSize=100");

        foreach (var answer in answers)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden, answer.RequestMessage!.RequestUri!.ToString());
            (await answer.Content.ReadAsStringAsync()).ShouldNotContain("Nghệ An được xem");
        }

        ownSessions.ShouldNotContain("Nghệ An được xem");
        ownDialogues.ShouldNotContain("Nghệ An được xem");
        (await clerk.GetFromJsonAsync<SessionRow>($"/api/v1/reception-sessions/{session.Id}", ApiClient.Json))!.Place.ShouldBe("Trụ sở tiếp công dân xã");
        (await clerk.GetFromJsonAsync<DialogueRow>($"/api/v1/dialogues/{dialogue.Id}", ApiClient.Json))!.Topic.ShouldBe("Đối thoại chỉ Nghệ An được xem");
        (await hue.GetAsync("/api/v1/reception-sessions/987654321")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_sibling_province_gets_no_page_of_anothers_sessions_or_dialogues()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BrowserAsync("hue.chuyenvien");
        var (commission, commune) = await CommuneAsync(6);
        var session = await RecordAsync(clerk, Session(commune.Id, "08/05/2026", matters: "Trang chỉ Nghệ An được xem"));
        var dialogue = await HoldAsync(clerk, Dialogue(commune.Id, topic: "Trang đối thoại chỉ Nghệ An được xem"));

        foreach (var url in new[]
        {
            $"/Reception/Details/{session.Id}", $"/Reception/Edit/{session.Id}", $"/Reception?organizationId={commune.Id}",
            $"/Reception/Duties?organizationId={commission.Id}", $"/Reception/Dialogues/Details/{dialogue.Id}",
            $"/Reception/Dialogues/Edit/{dialogue.Id}", $"/Reception/Dialogues?organizationId={commune.Id}",
            $"/Reception?organizationId={commune.Id}&handler=Export",
        })
        {
            var response = await hue.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }

        var form = await hue.GetStringAsync("/Reception/Edit");
        var post = await hue.PostAsync($"/Reception/Details/{session.Id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(form),
        }));
        post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await hue.GetStringAsync("/Reception")).ShouldNotContain("Trang chỉ Nghệ An được xem");
        (await hue.GetStringAsync("/Reception/Dialogues")).ShouldNotContain("Trang đối thoại chỉ Nghệ An được xem");
        (await clerk.GetAsync($"/api/v1/reception-sessions/{session.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bad_input_gets_every_field_named_in_Vietnamese_and_nothing_is_recorded()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(7);
        var tomorrow = DateTime.UtcNow.AddHours(7).AddDays(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        var empty = await clerk.PostAsJsonAsync("/api/v1/reception-sessions", new { });
        var bad = await clerk.PostAsJsonAsync("/api/v1/reception-sessions", new
        {
            organizationId = commune.Id,
            heldOn = tomorrow,
            place = new string('x', 301),
            receiverName = "Trần Thị Lan",
            receiverPosition = "DeputyOrDelegate",
            headInPerson = true,
            citizenCount = "mười hai",
            matters = "",
        });
        var wrongPosition = await clerk.PostAsJsonAsync("/api/v1/reception-sessions", Session(commune.Id, "31/02/2026", position: "Boss", citizenCount: -1));
        var unreadable = await clerk.PostAsync("/api/v1/reception-sessions", new StringContent("{ \"citizenCount\": [1] }", System.Text.Encoding.UTF8, "application/json"));
        var badQuery = await clerk.GetAsync("/api/v1/reception-sessions?organizationId=abc&month=13/2026&headInPerson=maybe&page=0&pageSize=x");
        var badYear = await clerk.GetAsync($"/api/v1/organizations/{commune.Id}/reception-duties?year=20x6&position=DeputyOrDelegate&page=-1");
        var badDialogue = await clerk.PostAsJsonAsync("/api/v1/dialogues", new { organizationId = commune.Id, topic = " ", heldOn = "hôm qua", participantCount = 0, hostPosition = "1" });

        (await Errors(empty)).Keys.ShouldBe(["HeldOn", "Place", "ReceiverName", "ReceiverPosition", "CitizenCount", "OrganizationId"], ignoreOrder: true);
        var errors = await Errors(bad);
        errors.Keys.ShouldBe(["HeldOn", "Place", "HeadInPerson", "CitizenCount"], ignoreOrder: true);
        errors["HeldOn"].ShouldBe(["Ngày tiếp không được sau hôm nay."]);
        errors["Place"].ShouldBe(["Địa điểm tiếp không được dài quá 300 ký tự."]);
        errors["CitizenCount"].ShouldBe(["Số lượt công dân phải là số nguyên từ 0 đến 100.000."]);
        errors["HeadInPerson"].Single().ShouldContain("Cấp phó hoặc cán bộ được giao");
        var positionErrors = await Errors(wrongPosition);
        positionErrors.Keys.ShouldBe(["HeldOn", "ReceiverPosition", "CitizenCount"], ignoreOrder: true);
        positionErrors["HeldOn"].ShouldBe(["Ngày tiếp phải có dạng dd/MM/yyyy."]);
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Errors(badQuery)).Keys.ShouldBe(["organizationId", "month", "headInPerson", "page", "pageSize"], ignoreOrder: true);
        (await Errors(badYear)).Keys.ShouldBe(["year", "position", "page"], ignoreOrder: true);
        (await Errors(badDialogue)).Keys.ShouldBe(["Topic", "HeldOn", "Place", "HostName", "HostPosition", "ParticipantCount", "Issues"], ignoreOrder: true);
        (await ListAsync(clerk, $"organizationId={commune.Id}")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_dialogue_is_recorded_with_its_follow_ups_corrected_found_and_deleted_with_an_audit_trail()
    {
        var clerk = await factory.BearerAsync("nghean.chuyenvien");
        var (commission, commune) = await CommuneAsync(8);

        var dialogue = await HoldAsync(clerk, Dialogue(commune.Id));
        var edited = await clerk.PutAsJsonAsync($"/api/v1/dialogues/{dialogue.Id}", new
        {
            organizationId = commune.Id,
            topic = dialogue.Topic,
            heldOn = "16/04/2026",
            place = dialogue.Place,
            hostName = "Lê Thị Mai",
            hostPosition = "PeopleCommitteeChair",
            participantCount = "90",
            issues = dialogue.Issues,
            followUps = "Tổng hợp kiến nghị gửi UBND tỉnh",
        });
        var found = await clerk.GetFromJsonAsync<Paged<DialogueRow>>($"/api/v1/dialogues?organizationId={commission.Id}&month=04/2026&q=giai phong mat bang&pageSize=100", ApiClient.Json);
        var history = (await clerk.GetFromJsonAsync<List<RecordChange>>($"/api/v1/dialogues/{dialogue.Id}/history", ApiClient.Json))!;
        var deleted = await clerk.DeleteAsync($"/api/v1/dialogues/{dialogue.Id}");

        dialogue.FollowUps.ShouldBe(["Tổng hợp kiến nghị gửi UBND tỉnh", "Công khai phương án bồi thường tại nhà văn hóa thôn"]);
        (dialogue.ParticipantCount, dialogue.HostPosition, dialogue.Answers).ShouldBe((85, "PartySecretary", "Giá bồi thường theo bảng giá đất của tỉnh; xã sẽ kiến nghị điều chỉnh."));
        var after = await edited.ReadAsync<DialogueRow>();
        (after.HeldOn, after.HostName, after.HostPosition, after.ParticipantCount, after.Answers, after.FollowUps.Count).ShouldBe((new DateOnly(2026, 4, 16), "Lê Thị Mai", "PeopleCommitteeChair", 90, null, 1));
        found!.Items.ShouldContain(d => d.Id == dialogue.Id);
        history.Select(h => h.Action).ShouldBe(["Created", "Updated"]);
        history[1].Fields.ShouldContain(new ChangedField("Chức vụ người chủ trì", "Bí thư cấp ủy", "Chủ tịch UBND"));
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await clerk.GetAsync($"/api/v1/dialogues/{dialogue.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_pages_record_a_session_show_it_turn_the_duty_to_met_and_delete_it_after_asking()
    {
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(9);

        var invalid = await PostFormAsync(browser, "/Reception/Edit", Form(commune.Id, "05/06/2026", count: "ba"));
        var first = await PostFormAsync(browser, "/Reception/Edit", Form(commune.Id, "05/06/2026"));
        var second = await PostFormAsync(browser, "/Reception/Edit", Form(commune.Id, "12/06/2026"));
        var details = await browser.GetStringAsync(second.Headers.Location!.ToString());
        var list = await browser.GetStringAsync($"/Reception?organizationId={commune.Id}&month=06/2026");
        var duties = await browser.GetStringAsync($"/Reception/Duties?organizationId={commune.Id}&year=2026");
        var export = await browser.GetAsync($"/Reception?organizationId={commune.Id}&month=06/2026&handler=Export");

        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("Số lượt công dân phải là số nguyên từ 0 đến 100.000.");
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        details.ShouldContain("Đã ghi buổi tiếp công dân ngày 12/06/2026. Buổi tiếp được tính vào trách nhiệm tiếp dân định kỳ của người đứng đầu.");
        details.ShouldContain("data-confirm=\"Xóa buổi tiếp công dân ngày 12/06/2026");
        list.ShouldContain("05/06/2026");
        list.ShouldContain("12/06/2026");
        duties.ShouldContain("data-month=\"2026-06\" title=\"TD-2: Đạt (2/2 ngày)\"");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = Workbook.Rows(await export.Content.ReadAsByteArrayAsync());
        rows.Count.ShouldBe(3);
        rows[1][0].ShouldBe("12/06/2026");

        var edit = await PostFormAsync(browser, second.Headers.Location!.ToString().Replace("Details", "Edit", StringComparison.Ordinal), Form(commune.Id, "12/06/2026", count: "9"));
        var delete = await PostFormAsync(browser, second.Headers.Location!.ToString() + "?handler=Delete", []);
        var afterDelete = await browser.GetStringAsync($"/Reception/Duties?organizationId={commune.Id}&year=2026");

        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        delete.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        delete.Headers.Location!.ToString().ShouldContain("/Reception?organizationId=" + commune.Id.ToString(CultureInfo.InvariantCulture));
        afterDelete.ShouldContain("data-month=\"2026-06\" title=\"TD-2: Chưa đạt (1/2 ngày)\"");
    }

    [Fact]
    public async Task The_dialogue_pages_record_one_and_list_its_follow_ups()
    {
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var (_, commune) = await CommuneAsync(10);

        var created = await PostFormAsync(browser, "/Reception/Dialogues/Edit", new Dictionary<string, string>
        {
            ["Input.OrganizationId"] = commune.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Topic"] = "Đối thoại về trường học mới",
            ["Input.HeldOn"] = "20/05/2026",
            ["Input.Place"] = "Hội trường xã",
            ["Input.HostName"] = "Nguyễn Văn Thắng",
            ["Input.HostPosition"] = "PartySecretary",
            ["Input.ParticipantCount"] = "1.200",
            ["Input.Issues"] = "Phụ huynh hỏi lộ trình xây trường.",
            ["Input.FollowUps"] = "Lập hồ sơ xin vốn\r\nCông bố lộ trình tại các thôn",
        });
        var details = await browser.GetStringAsync(created.Headers.Location!.ToString());
        var list = await browser.GetStringAsync($"/Reception/Dialogues?organizationId={commune.Id}&q=truong hoc");

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        details.ShouldContain("<li class=\"list-group-item\">Lập hồ sơ xin vốn</li>");
        details.ShouldContain("<li class=\"list-group-item\">Công bố lộ trình tại các thôn</li>");
        details.ShouldContain("1.200");
        list.ShouldContain("Đối thoại về trường học mới");
    }

    private static Dictionary<string, string> Form(int organizationId, string heldOn, string count = "4") => new()
    {
        ["Input.OrganizationId"] = organizationId.ToString(CultureInfo.InvariantCulture),
        ["Input.HeldOn"] = heldOn,
        ["Input.Place"] = "Trụ sở tiếp công dân xã",
        ["Input.ReceiverName"] = "Nguyễn Văn Thắng",
        ["Input.ReceiverPosition"] = "PartySecretary",
        ["Input.HeadInPerson"] = "true",
        ["Input.CitizenCount"] = count,
        ["Input.Matters"] = "Công dân hỏi về cấp giấy chứng nhận quyền sử dụng đất.",
    };

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string url, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(url.Contains("handler=", StringComparison.Ordinal) ? url[..url.IndexOf('?', StringComparison.Ordinal)] : url);
        fields["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(page);
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    // Each test its own commune, from the 41st on: the demo's sessions are in the first three.
    private async Task<(Org Commission, Org Commune)> CommuneAsync(int index)
    {
        var central = await factory.BearerAsync("tw.chuyenvien");
        var ngheAn = await Orgs.FindAsync(central, "ban tuyen giao va dan van tinh uy nghe an");
        return (ngheAn, (await Reporting.CommuneCommitteesAsync(central, ngheAn.Id))[40 + index]);
    }

    private static async Task<Paged<SessionRow>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Paged<SessionRow>>($"/api/v1/reception-sessions?{query}", ApiClient.Json))!;

    private static async Task<Dictionary<string, string[]>> Errors(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Problem>()).Errors!;
    }
}

[Collection("sqlite")]
public sealed class SqliteReceptionTests(SqliteFixture fixture) : ReceptionTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresReceptionTests(PostgresFixture fixture) : ReceptionTests(fixture.Factory);
