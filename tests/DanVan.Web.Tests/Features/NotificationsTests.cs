using System.Net;
using System.Net.Http.Json;
using DanVan.Data;
using DanVan.Data.Notifications;
using DanVan.Web.Features.Notifications;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Web.Tests.Infrastructure.ProgrammesClient;

namespace DanVan.Web.Tests.Features;

/// <summary>
/// Deadline reminders, the bell and the inbox. The reminder job is off in tests; each test runs it
/// itself through <see cref="TaskReminders"/>, as every app instance's timer would.
/// </summary>
public abstract class NotificationsTests(DanVanFactory factory)
{
    [Fact]
    public async Task Each_reminder_is_created_once_however_often_and_concurrently_the_job_runs_and_a_new_deadline_brings_a_fresh_one()
    {
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var leader = await factory.BearerAsync("nghean.lanhdao");
        var administrator = await factory.BearerAsync("nghean.quantri");
        var ngheAn = await Orgs.FindAsync(province, "ban tuyen giao va dan van tinh uy nghe an");
        var soon = await GiveOneAsync(province, NewTask("Nhắc việc: chuẩn bị hội nghị giao ban", [ngheAn.Id], ngheAn.Id, due: Day(3)));
        var late = await GiveOneAsync(province, NewTask("Nhắc việc: báo cáo sơ kết quý", [ngheAn.Id], ngheAn.Id, due: Day(-2)));
        var far = await GiveOneAsync(province, NewTask("Nhắc việc: tổng kết năm", [ngheAn.Id], ngheAn.Id, due: Day(40)));
        var done = await GiveOneAsync(province, NewTask("Nhắc việc: đã xong", [ngheAn.Id], ngheAn.Id, due: Day(-2)));
        (await ReportAsync(province, done.Id, 100, "Completed")).StatusCode.ShouldBe(HttpStatusCode.Created);

        await RunAsync();
        await Task.WhenAll(RunAsync(), RunAsync(), RunAsync());
        await RunAsync();
        var first = await MineAsync(leader);
        var officers = await MineAsync(province);
        var administrators = await MineAsync(administrator);
        var moved = await province.PutAsJsonAsync($"/api/v1/tasks/{soon.Id}", new { title = soon.Title, sourceKind = "SuperiorRequest", organizationId = ngheAn.Id, dueOn = Day(1) });
        await Task.WhenAll(RunAsync(), RunAsync());
        var second = await MineAsync(leader);

        first.Count(n => n.Link == $"/Tasks/{soon.Id}").ShouldBe(1);
        first.Count(n => n.Link == $"/Tasks/{late.Id}").ShouldBe(1);
        first.ShouldNotContain(n => n.Link == $"/Tasks/{far.Id}" || n.Link == $"/Tasks/{done.Id}");
        var overdue = first.Single(n => n.Link == $"/Tasks/{late.Id}");
        overdue.Title.ShouldBe("Nhiệm vụ quá hạn: Nhắc việc: báo cáo sơ kết quý");
        overdue.Body!.ShouldContain("quá hạn 2 ngày");
        first.Single(n => n.Link == $"/Tasks/{soon.Id}").Body!.ShouldContain("còn 3 ngày");
        officers.Count(n => n.Link == $"/Tasks/{soon.Id}").ShouldBe(1);
        administrators.ShouldNotContain(n => n.Link == $"/Tasks/{soon.Id}");
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var fresh = second.Where(n => n.Link == $"/Tasks/{soon.Id}").ToList();
        fresh.Count.ShouldBe(2);
        fresh.ShouldContain(n => n.Body!.StartsWith("Nhắc hạn cuối ngày mai", StringComparison.Ordinal) && n.Body.Contains("còn 1 ngày", StringComparison.Ordinal));
        second.Count(n => n.Link == $"/Tasks/{late.Id}").ShouldBe(1);
    }

    [Fact]
    public async Task The_bell_counts_unread_messages_and_the_inbox_marks_one_or_all_read_but_never_someone_elses()
    {
        var leaderId = await UserIdAsync("hue.lanhdao");
        var ids = new List<long>();
        foreach (var title in new[] { "Thông báo thứ nhất", "Thông báo thứ hai", "Thông báo thứ ba" })
        {
            ids.Add(await NotifyAsync(leaderId, title));
        }

        var leader = await factory.BearerAsync("hue.lanhdao");
        var other = await factory.BearerAsync("hue.chuyenvien");
        var browser = await factory.BrowserAsync("hue.lanhdao");
        var before = await leader.GetFromJsonAsync<UnreadCount>("/api/v1/notifications/unread-count", ApiClient.Json);
        var page = await browser.GetStringAsync("/Notifications?unread=true");
        var someoneElses = await other.PostAsync($"/api/v1/notifications/{ids[0]}/read", null);
        var read = await leader.PostAsync($"/api/v1/notifications/{ids[0]}/read", null);
        var unread = await leader.GetFromJsonAsync<Paged<NotificationRow>>("/api/v1/notifications?unread=true&pageSize=100", ApiClient.Json);
        var all = await leader.PostAsync("/api/v1/notifications/read-all", null);
        var after = await leader.GetFromJsonAsync<UnreadCount>("/api/v1/notifications/unread-count", ApiClient.Json);
        var home = await browser.GetStringAsync("/Notifications");

        before!.Count.ShouldBeGreaterThanOrEqualTo(3);
        page.ShouldContain("data-testid=\"bell-count\"");
        page.ShouldContain("Thông báo thứ ba");
        someoneElses.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await read.ReadAsync<NotificationRow>()).ReadAt.ShouldNotBeNull();
        unread!.Items.Select(n => n.Id).ShouldNotContain(ids[0]);
        unread.Items.Select(n => n.Id).ShouldContain(ids[2]);
        (await all.ReadAsync<UnreadCount>()).Count.ShouldBe(before.Count - 1);
        after!.Count.ShouldBe(0);
        home.ShouldNotContain("data-testid=\"bell-count\"");
        home.ShouldContain("Thông báo thứ hai");
        (await other.GetAsync("/api/v1/notifications?unread=maybe")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_one_claim_on_a_message_succeeds_and_nothing_is_claimed_while_SMTP_is_off()
    {
        var id = await NotifyAsync(await UserIdAsync("hue.chuyenvien"), "Thư cần gửi");

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<NotificationMailer>().ClaimAsync(id, CancellationToken.None);
        }));
        var unsent = await NotifyAsync(await UserIdAsync("hue.chuyenvien"), "Thư khi chưa cấu hình SMTP");
        await using var scope = factory.Services.CreateAsyncScope();
        var mailer = scope.ServiceProvider.GetRequiredService<NotificationMailer>();
        var sent = await mailer.SendPendingAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        claims.Count(c => c).ShouldBe(1);
        (await db.Notifications.SingleAsync(n => n.Id == id)).EmailClaimedAt.ShouldNotBeNull();
        (mailer.IsConfigured, sent).ShouldBe((false, 0));
        (await db.Notifications.SingleAsync(n => n.Id == unsent)).EmailClaimedAt.ShouldBeNull();
    }

    private async Task RunAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TaskReminders>().RunAsync(CancellationToken.None);
    }

    private static async Task<List<NotificationRow>> MineAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<Paged<NotificationRow>>("/api/v1/notifications?pageSize=100", ApiClient.Json))!.Items;

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task<long> NotifyAsync(string userId, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notification = new Notification { UserId = userId, Key = $"test:{Guid.NewGuid():N}", Title = title, Body = "Nội dung thông báo.", Link = "/Tasks", CreatedAt = DateTime.UtcNow };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }
}

[Collection("sqlite")]
public sealed class SqliteNotificationsTests(SqliteFixture fixture) : NotificationsTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresNotificationsTests(PostgresFixture fixture) : NotificationsTests(fixture.Factory);
