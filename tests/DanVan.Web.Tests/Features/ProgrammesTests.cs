using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Data;
using DanVan.Data.Meetings;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Infrastructure.ProgrammesClient;

namespace DanVan.Web.Tests.Features;

/// <summary>
/// Work programmes and tasks through the API and the pages. The central commission gives tasks
/// to Nghệ An, whose officers break them down for communes; each test uses its own communes.
/// </summary>
public abstract class ProgrammesTests(DanVanFactory factory)
{
    private static readonly string[] FirstGroups = ["Tuyên truyền, vận động", "", "Dân vận chính quyền", "Xây dựng hệ thống chính trị"];
    private static readonly string[] RenamedGroups = ["Tuyên truyền, vận động nhân dân", "Dân vận chính quyền", "Xây dựng hệ thống chính trị", "Dân vận khéo"];
    private static readonly string[] OneGroup = ["Tuyên truyền"];

    [Fact]
    public async Task A_programme_keeps_its_groups_in_order_is_listed_by_subtree_and_year_and_is_deleted_only_without_tasks()
    {
        var officer = await factory.BearerAsync("nghean.chuyenvien");
        var (_, ngheAn, _) = await TreeAsync();

        var created = await officer.PostAsJsonAsync("/api/v1/programmes", new { organizationId = ngheAn.Id, year = "2027", title = "Chương trình công tác dân vận năm 2027", groups = FirstGroups });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var programme = await created.ReadAsync<ProgrammeRow>();
        var task = await GiveOneAsync(officer, NewTask("Tổ chức hội nghị tuyên truyền", [ngheAn.Id], ngheAn.Id, sourceKind: "Programme", programmeId: programme.Id, groupId: programme.Groups[1].Id));
        var renamed = await officer.PutAsJsonAsync($"/api/v1/programmes/{programme.Id}", new { organizationId = ngheAn.Id, year = 2027, title = programme.Title, groups = RenamedGroups });
        var dropsUsedGroup = await officer.PutAsJsonAsync($"/api/v1/programmes/{programme.Id}", new { organizationId = ngheAn.Id, year = 2027, title = programme.Title, groups = OneGroup });
        var refusedDelete = await officer.DeleteAsync($"/api/v1/programmes/{programme.Id}");
        var found = await officer.GetFromJsonAsync<Paged<ProgrammeRow>>($"/api/v1/programmes?organizationId={ngheAn.Id}&year=2027&pageSize=100", ApiClient.Json);
        var otherYear = await officer.GetFromJsonAsync<Paged<ProgrammeRow>>($"/api/v1/programmes?organizationId={ngheAn.Id}&year=2019", ApiClient.Json);
        var empty = await (await officer.PostAsJsonAsync("/api/v1/programmes", new { organizationId = ngheAn.Id, year = 2027, title = "Chương trình để xóa" })).ReadAsync<ProgrammeRow>();
        var deleted = await officer.DeleteAsync($"/api/v1/programmes/{empty.Id}");

        programme.Groups.Select(g => (g.Order, g.Title)).ShouldBe([(1, "Tuyên truyền, vận động"), (2, "Dân vận chính quyền"), (3, "Xây dựng hệ thống chính trị")]);
        task.GroupId.ShouldBe(programme.Groups[1].Id);
        renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
        var after = await renamed.ReadAsync<ProgrammeRow>();
        after.Groups.Select(g => g.Title).ShouldBe(["Tuyên truyền, vận động nhân dân", "Dân vận chính quyền", "Xây dựng hệ thống chính trị", "Dân vận khéo"]);
        after.Groups[1].Id.ShouldBe(programme.Groups[1].Id);
        (after.Groups[1].TaskCount, after.TaskCount).ShouldBe((1, 1));
        dropsUsedGroup.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await dropsUsedGroup.ReadAsync<Problem>()).Errors!["Groups"].Single().ShouldContain("Dân vận chính quyền");
        refusedDelete.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refusedDelete.ReadAsync<Problem>()).Detail!.ShouldContain("đã có nhiệm vụ");
        found!.Items.ShouldContain(p => p.Id == programme.Id);
        otherYear!.Items.ShouldNotContain(p => p.Id == programme.Id);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await officer.GetAsync($"/api/v1/programmes/{empty.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Progress_reported_on_sub_tasks_rolls_up_by_weight_to_the_parent_and_its_ancestors_and_completing_records_the_day()
    {
        var centre = await factory.BearerAsync("tw.chuyenvien");
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var (central, ngheAn, communes) = await TreeAsync();
        var top = await GiveOneAsync(centre, NewTask("Sơ kết 5 năm thực hiện Quy chế dân chủ ở cơ sở", [central.Id], central.Id));
        var task = await GiveOneAsync(centre, NewTask("Sơ kết Quy chế dân chủ ở cơ sở tại tỉnh", [ngheAn.Id], parentId: top.Id));
        var first = await GiveOneAsync(province, NewTask("Sơ kết tại xã thứ nhất", [communes[30].Id], parentId: task.Id, weight: 1));
        var second = await GiveOneAsync(province, NewTask("Sơ kết tại xã thứ hai", [communes[31].Id], parentId: task.Id, weight: 3));

        var half = await ReportAsync(province, first.Id, 50, "InProgress");
        var afterHalf = await GetAsync(province, task.Id);
        var done = await ReportAsync(province, second.Id, 100, "Completed", "Đã tổ chức hội nghị sơ kết.", ("bien-ban-so-ket.pdf", Pdf), ("anh-hoi-nghi.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
        var afterDone = await GetAsync(province, task.Id);
        var cancelled = await province.PostAsync($"/api/v1/tasks/{first.Id}/cancel", null);
        var afterCancel = await GetAsync(province, task.Id);
        var completed = await GetAsync(province, second.Id);
        var file = await province.GetAsync($"/api/v1/tasks/{second.Id}/evidence/{completed.Updates[0].Evidence[0].Id}");

        half.StatusCode.ShouldBe(HttpStatusCode.Created, await half.Content.ReadAsStringAsync());
        task.AssignedByOrganizationId.ShouldBe(central.Id);
        first.AssignedByOrganizationId.ShouldBe(ngheAn.Id);
        (afterHalf.Progress, afterHalf.ReportedProgress).ShouldBe((12, 0));
        done.StatusCode.ShouldBe(HttpStatusCode.Created, await done.Content.ReadAsStringAsync());
        afterDone.Progress.ShouldBe(87);
        afterDone.SubTasks.Select(s => (s.Id, s.Weight)).ShouldBe([(first.Id, 1), (second.Id, 3)], ignoreOrder: true);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterCancel.Progress.ShouldBe(100);
        (await GetAsync(centre, top.Id)).Progress.ShouldBe(100);
        (completed.Status, completed.CompletedOn, completed.Progress).ShouldBe(("Completed", Today, 100));
        completed.Updates.ShouldHaveSingleItem().Evidence.Select(e => e.FileName).ShouldBe(["bien-ban-so-ket.pdf", "anh-hoi-nghi.png"]);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await file.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        var reportOnCancelled = await ReportAsync(province, first.Id, 60, "InProgress");
        reportOnCancelled.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await GetAsync(province, task.Id)).Progress.ShouldBe(100);
    }

    [Fact]
    public async Task The_lead_reports_the_giver_edits_a_co_ordinator_only_reads_and_another_province_gets_403_from_the_API()
    {
        var centre = await factory.BearerAsync("tw.chuyenvien");
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var commune = await factory.BearerAsync("nghean.xa.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var (_, ngheAn, communes) = await TreeAsync();
        var hueCommission = await Orgs.FindAsync(centre, "ban tuyen giao va dan van thanh uy hue");
        var given = await GiveOneAsync(province, NewTask("Vận động nhân dân hiến đất làm đường, chỉ Nghệ An được xem", [communes[0].Id], ngheAn.Id));
        var shared = await GiveOneAsync(centre, NewTask("Phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc", [ngheAn.Id], coordinators: [hueCommission.Id]));

        var communeReports = await ReportAsync(commune, given.Id, 30, "InProgress");
        var communeEdits = await commune.PutAsJsonAsync($"/api/v1/tasks/{given.Id}", NewTask("Đổi tên", [communes[0].Id]));
        var communeCancels = await commune.PostAsync($"/api/v1/tasks/{given.Id}/cancel", null);
        var coordinatorReads = await hue.GetAsync($"/api/v1/tasks/{shared.Id}");
        var coordinatorReports = await ReportAsync(hue, shared.Id, 10, "InProgress");
        var coordinatorEdits = await hue.PutAsJsonAsync($"/api/v1/tasks/{shared.Id}", NewTask("Đổi tên", [ngheAn.Id]));
        var answers = new[]
        {
            await hue.GetAsync($"/api/v1/tasks/{given.Id}"),
            await hue.PutAsJsonAsync($"/api/v1/tasks/{given.Id}", NewTask("Đổi tên", [communes[0].Id])),
            await hue.PostAsync($"/api/v1/tasks/{given.Id}/cancel", null),
            await ReportAsync(hue, given.Id, 90, "InProgress"),
            await hue.GetAsync($"/api/v1/tasks/{given.Id}/evidence/1"),
            await hue.GetAsync($"/api/v1/tasks?organizationId={ngheAn.Id}"),
            await hue.GetAsync($"/api/v1/tasks/follow-up?organizationId={ngheAn.Id}"),
            await hue.GetAsync($"/api/v1/programmes?organizationId={ngheAn.Id}"),
            await hue.PostAsJsonAsync("/api/v1/tasks", NewTask("Giao thay Nghệ An", [communes[0].Id], ngheAn.Id)),
            await hue.PostAsJsonAsync("/api/v1/tasks", NewTask("Nhiệm vụ con của Nghệ An", [hueCommission.Id], hueCommission.Id, parentId: given.Id)),
        };
        var sideways = await hue.PostAsJsonAsync("/api/v1/tasks", NewTask("Giao sang tỉnh khác", [communes[0].Id], hueCommission.Id));
        var ownList = await hue.GetStringAsync("/api/v1/tasks?pageSize=100");
        var coordinated = await hue.GetStringAsync("/api/v1/tasks?role=coordinate&pageSize=100&q=ngay hoi dai doan ket");
        var badRole = await hue.GetAsync("/api/v1/tasks?role=boss");

        communeReports.StatusCode.ShouldBe(HttpStatusCode.Created);
        communeEdits.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        communeCancels.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        coordinatorReads.StatusCode.ShouldBe(HttpStatusCode.OK);
        var seen = await coordinatorReads.ReadAsync<TaskDetails>();
        (seen.CanReport, seen.CanEdit).ShouldBe((false, false));
        coordinatorReports.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        coordinatorEdits.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        coordinated.ShouldContain("Phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc");
        ownList.ShouldNotContain("Phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc");
        badRole.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreach (var answer in answers.Take(9))
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.Forbidden, answer.RequestMessage!.RequestUri!.ToString());
            (await answer.Content.ReadAsStringAsync()).ShouldNotContain("chỉ Nghệ An được xem");
        }

        answers[9].StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        sideways.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sideways.ReadAsync<Problem>()).Errors!.Keys.ShouldContain("OrganizationId");
        ownList.ShouldNotContain("chỉ Nghệ An được xem");
        (await hue.GetAsync("/api/v1/tasks/987654321")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await GetAsync(province, given.Id)).Progress.ShouldBe(30);
    }

    [Fact]
    public async Task Another_province_gets_no_page_of_anothers_tasks_or_programmes()
    {
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BrowserAsync("hue.chuyenvien");
        var (_, ngheAn, communes) = await TreeAsync();
        var task = await GiveOneAsync(province, NewTask("Trang nhiệm vụ chỉ Nghệ An được xem", [communes[1].Id], ngheAn.Id));
        var programme = await (await province.PostAsJsonAsync("/api/v1/programmes", new { organizationId = ngheAn.Id, year = 2026, title = "Chương trình chỉ Nghệ An được xem" })).ReadAsync<ProgrammeRow>();

        foreach (var url in new[]
        {
            $"/Tasks/{task.Id}", $"/Tasks/Edit/{task.Id}", $"/Tasks/{task.Id}/Report", $"/Tasks?organizationId={ngheAn.Id}", $"/Tasks?organizationId={ngheAn.Id}&handler=Export",
            $"/Tasks/FollowUp?organizationId={ngheAn.Id}", $"/Tasks/New?parentId={task.Id}", $"/Programmes/Details/{programme.Id}", $"/Programmes/Edit/{programme.Id}",
            $"/Programmes?organizationId={ngheAn.Id}", $"/Tasks/{task.Id}?handler=Evidence&evidenceId=1",
        })
        {
            var response = await hue.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }

        var form = await hue.GetStringAsync("/Tasks/New");
        var cancel = await hue.PostAsync($"/Tasks/{task.Id}?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(form) }));
        var delete = await hue.PostAsync($"/Programmes/Details/{programme.Id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(form) }));
        cancel.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        delete.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await hue.GetStringAsync("/Tasks")).ShouldNotContain("chỉ Nghệ An được xem");
        (await hue.GetStringAsync("/Programmes")).ShouldNotContain("chỉ Nghệ An được xem");
        (await GetAsync(province, task.Id)).Status.ShouldBe("NotStarted");
    }

    [Fact]
    public async Task The_list_filters_by_status_deadline_programme_year_and_words_without_diacritics_and_follow_up_counts_each_commune()
    {
        var centre = await factory.BearerAsync("tw.chuyenvien");
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var (_, ngheAn, communes) = await TreeAsync();
        var (a, b) = (communes[40], communes[41]);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var overdue = await GiveAsync(centre, NewTask($"Rà soát hộ nghèo đợt {tag}", [a.Id, b.Id], due: Day(-3)));
        var soon = await GiveOneAsync(province, NewTask($"Tuyên truyền bầu cử đợt {tag}", [a.Id], ngheAn.Id, due: Day(2)));
        var later = await GiveOneAsync(province, NewTask($"Tổng kết phong trào thi đua đợt {tag}", [a.Id], ngheAn.Id, due: Day(60)));
        var done = await GiveOneAsync(province, NewTask($"Hoàn thành đợt {tag}", [b.Id], ngheAn.Id, due: Day(-1)));
        (await ReportAsync(province, done.Id, 100, "Completed")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var all = await ListAsync(province, $"organizationId={a.Id}&q={tag}");
        var overdueOnly = await ListAsync(province, $"organizationId={ngheAn.Id}&deadline=Overdue&q={tag}");
        var soonOnly = await ListAsync(province, $"organizationId={ngheAn.Id}&deadline=duesoon&q={tag}");
        var open = await ListAsync(province, $"organizationId={ngheAn.Id}&status=Open&q={tag}&pageSize=2");
        var words = await ListAsync(province, $"organizationId={ngheAn.Id}&q=TUYEN truyen bau cu {tag}");
        var latestFirst = await ListAsync(province, $"organizationId={a.Id}&q={tag}&sort=-due");
        var year = await ListAsync(province, $"organizationId={ngheAn.Id}&q={tag}&year={Today.AddDays(60).Year}");
        var followUp = (await province.GetFromJsonAsync<FollowUpResult>($"/api/v1/tasks/follow-up?organizationId={ngheAn.Id}", ApiClient.Json))!;
        var export = await (await factory.BrowserAsync("nghean.chuyenvien")).GetAsync($"/Tasks?organizationId={ngheAn.Id}&q={tag}&handler=Export");
        var bad = await province.GetAsync("/api/v1/tasks?status=Done&deadline=late&year=19&sort=title&page=0&organizationId=x");

        overdue.Select(t => t.OrganizationId).ShouldBe([a.Id, b.Id], ignoreOrder: true);
        overdue.ShouldAllBe(t => t.DeadlineState == "Overdue" && t.AssignedByOrganizationId != ngheAn.Id);
        (soon.DeadlineState, later.DeadlineState).ShouldBe(("DueSoon", "OnTrack"));
        all.Items.Select(t => t.Id).ShouldBe([overdue.Single(t => t.OrganizationId == a.Id).Id, soon.Id, later.Id]);
        overdueOnly.Items.Select(t => t.Id).ShouldBe(overdue.Select(t => t.Id), ignoreOrder: true);
        soonOnly.Items.ShouldHaveSingleItem().Id.ShouldBe(soon.Id);
        (open.Total, open.Items.Count).ShouldBe((4, 2));
        words.Items.ShouldHaveSingleItem().Id.ShouldBe(soon.Id);
        latestFirst.Items[0].Id.ShouldBe(later.Id);
        year.Items.ShouldContain(t => t.Id == later.Id);
        followUp.Rows.Single(r => r.OrganizationId == a.Id).ShouldBe(new FollowUpLine(a.Id, a.Name, false, 1, 1));
        followUp.Rows.Single(r => r.OrganizationId == b.Id).ShouldBe(new FollowUpLine(b.Id, b.Name, false, 1, 0));
        var rows = Workbook.Rows(await export.Content.ReadAsByteArrayAsync());
        rows.Count.ShouldBe(6);
        rows[0][0].ShouldBe("Nhiệm vụ");
        rows.Skip(1).Select(r => r[8]).ShouldContain("Quá hạn");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.ReadAsync<Problem>()).Errors!.Keys.ShouldBe(["organizationId", "status", "deadline", "year", "sort", "page"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_nations_list_pages_from_the_tasks_with_a_deadline_to_those_without_in_the_provinces_order()
    {
        var centre = await factory.BearerAsync("tw.chuyenvien");
        var (central, ngheAn, communes) = await TreeAsync();
        var commune = communes[44];
        var tag = Guid.NewGuid().ToString("N")[..8];
        var late = await GiveOneAsync(centre, NewTask($"Sơ kết mô hình đợt {tag}", [commune.Id], due: Day(40)));
        var undatedFirst = await GiveOneAsync(centre, NewTask($"Theo dõi dư luận đợt {tag}", [commune.Id], due: ""));
        var early = await GiveOneAsync(centre, NewTask($"Gặp mặt người có uy tín đợt {tag}", [commune.Id], due: Day(5)));
        var undatedSecond = await GiveOneAsync(centre, NewTask($"Cập nhật tài liệu đợt {tag}", [commune.Id], due: ""));
        var middle = await GiveOneAsync(centre, NewTask($"Đối thoại với nhân dân đợt {tag}", [commune.Id], due: Day(20)));

        // The nation's list is read by the deadline index, page by page; the province's by its organisations.
        var nation = new List<Paged<TaskListRow>>();
        for (var page = 1; page <= 4; page++)
        {
            nation.Add(await ListAsync(centre, $"organizationId={central.Id}&q={tag}&pageSize=2&page={page}"));
        }

        var province = await ListAsync(centre, $"organizationId={ngheAn.Id}&q={tag}&pageSize=5");

        undatedFirst.DueOn.ShouldBeNull();
        long[] expected = [early.Id, middle.Id, late.Id, undatedFirst.Id, undatedSecond.Id];
        nation.Select(p => p.Total).ShouldAllBe(total => total == 5);
        nation.Select(p => p.Items.Count).ShouldBe([2, 2, 1, 0]);
        nation.SelectMany(p => p.Items).Select(t => t.Id).ShouldBe(expected);
        province.Items.Select(t => t.Id).ShouldBe(expected);
    }

    [Fact]
    public async Task A_meeting_conclusion_becomes_one_task_per_lead_organisation_given_by_the_host_and_only_its_subtree_may_do_it()
    {
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var hue = await factory.BearerAsync("hue.chuyenvien");
        var (_, ngheAn, communes) = await TreeAsync();
        var conclusionId = await ConclusionAsync(ngheAn.Id, "Giao ban công tác dân vận quý III", new DateTime(2026, 9, 15, 8, 0, 0, DateTimeKind.Unspecified), "Các xã rà soát, giải quyết dứt điểm kiến nghị của cử tri trước 31/12.");

        var response = await province.PostAsJsonAsync("/api/v1/tasks", new { conclusionId, title = "Giải quyết dứt điểm kiến nghị của cử tri", organizationIds = new[] { communes[50].Id, communes[51].Id }, dueOn = "31/12/2026" });
        var refused = await hue.PostAsJsonAsync("/api/v1/tasks", new { conclusionId, title = "Giải quyết kiến nghị", organizationIds = new[] { communes[50].Id }, dueOn = "31/12/2026" });
        var page = await (await factory.BrowserAsync("nghean.chuyenvien")).GetStringAsync($"/Tasks/New?conclusionId={conclusionId}");
        var hidden = await (await factory.BrowserAsync("hue.chuyenvien")).GetAsync($"/Tasks/New?conclusionId={conclusionId}");

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var tasks = await response.ReadAsync<List<TaskDetails>>();
        tasks.Select(t => t.OrganizationId).ShouldBe([communes[50].Id, communes[51].Id], ignoreOrder: true);
        tasks.ShouldAllBe(t => t.SourceKind == "MeetingConclusion" && t.ConclusionId == conclusionId && t.AssignedByOrganizationId == ngheAn.Id);
        tasks[0].SourceReference.ShouldBe("Kết luận Giao ban công tác dân vận quý III, ngày 15/09/2026");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.ShouldContain("Kết luận Giao ban công tác dân vận quý III, ngày 15/09/2026");
        page.ShouldContain("Các xã rà soát, giải quyết dứt điểm kiến nghị của cử tri trước 31/12.");
        hidden.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Bad_input_gets_every_field_named_in_Vietnamese_and_changes_nothing()
    {
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var (_, ngheAn, communes) = await TreeAsync();
        var task = await GiveOneAsync(province, NewTask("Nhiệm vụ để thử dữ liệu sai", [communes[60].Id], ngheAn.Id));

        var empty = await province.PostAsJsonAsync("/api/v1/tasks", new { });
        var wrong = await province.PostAsJsonAsync("/api/v1/tasks", new { title = new string('x', 501), sourceKind = "3", organizationIds = new[] { ngheAn.Id }, startOn = "10/10/2026", dueOn = "01/10/2026", weight = "nặng", groupId = 5 });
        var unreadable = await province.PostAsync("/api/v1/tasks", new StringContent("{ \"title\": [1] }", System.Text.Encoding.UTF8, "application/json"));
        var badReport = await ReportAsync(province, task.Id, 101, "Cancelled", files: ("virus.exe", [1, 2, 3]));
        var emptyFile = await ReportAsync(province, task.Id, 50, "InProgress", files: ("trong.pdf", []));
        var notDone = await ReportAsync(province, task.Id, 40, "Completed");
        var badJson = await province.PostAsync($"/api/v1/tasks/{task.Id}/updates", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        var stale = await province.PutAsJsonAsync($"/api/v1/tasks/{task.Id}", new { title = "Tên mới", sourceKind = "Document", organizationId = communes[60].Id, revision = task.Revision + 5 });
        var badProgramme = await province.PostAsJsonAsync("/api/v1/programmes", new { organizationId = ngheAn.Id, year = "năm nay", title = " ", groups = Enumerable.Range(1, 31).Select(i => $"Nhóm {i}") });

        (await Errors(empty)).Keys.ShouldBe(["Title", "SourceKind", "OrganizationId"], ignoreOrder: true);
        var errors = await Errors(wrong);
        errors.Keys.ShouldBe(["Title", "SourceKind", "DueOn", "Weight", "GroupId"], ignoreOrder: true);
        errors["DueOn"].ShouldBe(["Hạn hoàn thành không được trước ngày bắt đầu."]);
        errors["Weight"].ShouldBe(["Trọng số phải là số nguyên từ 1 đến 100."]);
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var reportErrors = await Errors(badReport);
        reportErrors.Keys.ShouldBe(["Progress", "Status", "Files"], ignoreOrder: true);
        reportErrors["Files"].Single().ShouldContain("Chỉ nhận tệp PDF, Word, Excel, JPG hoặc PNG.");
        (await Errors(emptyFile))["Files"].Single().ShouldContain("Vui lòng chọn một tệp có nội dung.");
        (await Errors(notDone))["Progress"].ShouldBe(["Nhiệm vụ hoàn thành thì tiến độ phải là 100%."]);
        badJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Errors(badProgramme)).Keys.ShouldBe(["Title", "Year", "Groups"], ignoreOrder: true);
        var unchanged = await GetAsync(province, task.Id);
        (unchanged.Title, unchanged.Progress, unchanged.Updates.Count, unchanged.Revision).ShouldBe(("Nhiệm vụ để thử dữ liệu sai", 0, 0, task.Revision));
    }

    [Fact]
    public async Task The_pages_give_a_task_to_two_communes_report_progress_with_a_file_show_it_and_cancel_after_asking()
    {
        var browser = await factory.BrowserAsync("nghean.chuyenvien");
        var (_, ngheAn, communes) = await TreeAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];

        var invalid = await PostFormAsync(browser, "/Tasks/New", [("Input.Title", ""), ("Input.SourceKind", "Document"), ("Input.AssignedByOrganizationId", Id(ngheAn.Id))]);
        var created = await PostFormAsync(browser, "/Tasks/New",
        [
            ("Input.Title", $"Vận động xây dựng nhà Đại đoàn kết {tag}"), ("Input.SourceKind", "Document"), ("Input.SourceReference", "Kế hoạch số 45-KH/BDVTU"),
            ("Input.AssignedByOrganizationId", Id(ngheAn.Id)), ("Input.OrganizationIds", Id(communes[70].Id)), ("Input.OrganizationIds", Id(communes[71].Id)),
            ("Input.DueOn", Day(20)), ("Input.Weight", "1"),
        ]);
        var list = await ListAsync(await factory.BearerAsync("nghean.chuyenvien"), $"organizationId={ngheAn.Id}&q={tag}");
        var taskId = list.Items[0].Id;
        var reportPage = await browser.GetStringAsync($"/Tasks/{taskId}/Report");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(ApiClient.AntiforgeryToken(reportPage)), "__RequestVerificationToken" },
            { new StringContent(Day(0)), "Input.ReportedOn" },
            { new StringContent("40"), "Input.Progress" },
            { new StringContent("InProgress"), "Input.Status" },
            { new StringContent("Đã khảo sát 12 hộ."), "Input.Note" },
            { new ByteArrayContent(Pdf), "Files", "danh-sach-ho.pdf" },
        };
        var reported = await browser.PostAsync($"/Tasks/{taskId}/Report", upload);
        var details = await browser.GetStringAsync($"/Tasks/{taskId}");
        var cancel = await PostFormAsync(browser, $"/Tasks/{taskId}?handler=Cancel", []);

        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("Vui lòng nhập tên nhiệm vụ.");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        list.Total.ShouldBe(2);
        reported.StatusCode.ShouldBe(HttpStatusCode.Redirect, await reported.Content.ReadAsStringAsync());
        details.ShouldContain("Đã ghi báo cáo tiến độ 40%");
        details.ShouldContain("danh-sach-ho.pdf");
        details.ShouldContain("Đã khảo sát 12 hộ.");
        details.ShouldContain("data-confirm=\"Hủy nhiệm vụ");
        cancel.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync($"/Tasks/{taskId}")).ShouldContain("Đã hủy nhiệm vụ");
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    // The meeting and its conclusion are recorded as the host's people do, through the meetings API.
    private async Task<long> ConclusionAsync(int hostId, string title, DateTime startsAt, string text)
    {
        var host = await factory.BearerAsync("nghean.chuyenvien");
        var meeting = (await MeetingClient.PlanAsync(host, MeetingClient.Meeting(hostId, title, startsAt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), mode: "InPerson"))).Meeting;
        var response = await host.PostAsJsonAsync($"/api/v1/meetings/{meeting.Id}/conclusions", new { text });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<ConclusionView>()).Id;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string url, List<(string Key, string Value)> fields)
    {
        var page = await browser.GetStringAsync(url.Contains("handler=", StringComparison.Ordinal) ? url[..url.IndexOf('?', StringComparison.Ordinal)] : url);
        fields.Add(("__RequestVerificationToken", ApiClient.AntiforgeryToken(page)));
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));
    }

    private async Task<(Org Central, Org NgheAn, List<Org> Communes)> TreeAsync()
    {
        var client = await factory.BearerAsync("tw.chuyenvien");
        var central = await Orgs.FindAsync(client, "ban tuyen giao va dan van trung uong");
        var ngheAn = await Orgs.FindAsync(client, "ban tuyen giao va dan van tinh uy nghe an");
        return (central, ngheAn, await Reporting.CommuneCommitteesAsync(client, ngheAn.Id));
    }

    private static async Task<Dictionary<string, string[]>> Errors(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<Problem>()).Errors!;
    }
}

[Collection("sqlite")]
public sealed class SqliteProgrammesTests(SqliteFixture fixture) : ProgrammesTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresProgrammesTests(PostgresFixture fixture) : ProgrammesTests(fixture.Factory);
