using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DanVan.Data;
using DanVan.Data.Jobs;
using DanVan.Domain.Accounts;
using DanVan.Web.Features.Notifications;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static DanVan.Web.Tests.Infrastructure.ProgrammesClient;

namespace DanVan.Web.Tests.Features;

/// <summary>
/// The reminder job across days and instances: it reads only what became due or changed since its
/// last run, and one run at a time holds its lease. Each test runs the job on its own clock in
/// 2030, where no other test has deadlines or changes, so what a run reads is exactly the test's
/// tasks; the job's state is set first and removed afterwards, as other tests run the job on
/// today's clock.
/// </summary>
public abstract class ReminderRunTests(DanVanFactory factory)
{
    [Fact]
    public async Task A_day_change_creates_exactly_the_newly_due_reminders_and_a_second_run_that_day_reads_and_creates_nothing()
    {
        var day = new DateOnly(2030, 3, 11);
        var (province, ngheAn, recipients) = await NgheAnAsync();
        var dueSoon = await GiveAsync(province, ngheAn, "Nhắc theo ngày: còn một tuần", day.AddDays(7));
        var dueTomorrow = await GiveAsync(province, ngheAn, "Nhắc theo ngày: hạn ngày mai", day.AddDays(1));
        var overdue = await GiveAsync(province, ngheAn, "Nhắc theo ngày: quá hạn hôm qua", day.AddDays(-1));
        var longOverdue = await GiveAsync(province, ngheAn, "Nhắc theo ngày: quá hạn từ trước", day.AddDays(-5));
        var soonAlready = await GiveAsync(province, ngheAn, "Nhắc theo ngày: đã nhắc sắp đến hạn", day.AddDays(3));
        var far = await GiveAsync(province, ngheAn, "Nhắc theo ngày: còn xa", day.AddDays(20));
        long[] all = [dueSoon, dueTomorrow, overdue, longOverdue, soonAlready, far];
        try
        {
            // Everything was last changed before the run that finished the day before.
            await ChangedAtAsync(all, FixedClock.At(day.AddDays(-2), 9));
            await StateAsync(day.AddDays(-1), FixedClock.At(day.AddDays(-1), 7));

            var first = await RunAsync(FixedClock.At(day, 7));
            var second = await RunAsync(FixedClock.At(day, 7, 30));
            var keys = await KeysAsync(all);

            first.ShouldBe(new ReminderRun(true, day, day.AddDays(-1), 3, 3 * recipients));
            second.ShouldBe(new ReminderRun(true, day, day, 0, 0));
            keys.ShouldBe(
                [.. new[] { $"task:{dueSoon}:due-soon:2030-03-18", $"task:{dueTomorrow}:due-tomorrow:2030-03-12", $"task:{overdue}:overdue:2030-03-10" }
                    .SelectMany(key => Enumerable.Repeat(key, recipients)).Order(StringComparer.Ordinal)],
                ignoreOrder: false);
        }
        finally
        {
            await ForgetAsync();
        }
    }

    [Fact]
    public async Task A_task_given_a_new_deadline_gets_its_new_reminder_the_same_day_and_only_it_is_read()
    {
        var day = new DateOnly(2030, 4, 8);
        var (province, ngheAn, recipients) = await NgheAnAsync();
        var moved = await GiveAsync(province, ngheAn, "Nhắc theo ngày: hạn dời lên", day.AddDays(30));
        var untouched = await GiveAsync(province, ngheAn, "Nhắc theo ngày: hạn giữ nguyên", day.AddDays(30));
        try
        {
            await ChangedAtAsync([moved, untouched], FixedClock.At(day.AddDays(-3), 9));
            await StateAsync(day, FixedClock.At(day, 7));

            var before = await RunAsync(FixedClock.At(day, 7, 10));
            var put = await province.PutAsJsonAsync($"/api/v1/tasks/{moved}", new { title = "Nhắc theo ngày: hạn dời lên", sourceKind = "SuperiorRequest", organizationId = ngheAn, dueOn = Show(day.AddDays(1)) });
            put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
            await ChangedAtAsync([moved], FixedClock.At(day, 9));
            var after = await RunAsync(FixedClock.At(day, 9, 5));
            var later = await RunAsync(FixedClock.At(day, 9, 20));

            before.ShouldBe(new ReminderRun(true, day, day, 0, 0));
            after.ShouldBe(new ReminderRun(true, day, day, 1, recipients));
            later.ShouldBe(new ReminderRun(true, day, day, 0, 0));
            (await KeysAsync([moved, untouched])).ShouldBe(Enumerable.Repeat($"task:{moved}:due-tomorrow:2030-04-09", recipients));
        }
        finally
        {
            await ForgetAsync();
        }
    }

    [Fact]
    public async Task Of_several_instances_one_holds_the_lease_a_held_lease_stops_a_run_and_a_lapsed_one_is_taken_over()
    {
        var day = new DateOnly(2030, 5, 6);
        var (province, ngheAn, recipients) = await NgheAnAsync();
        var task = await GiveAsync(province, ngheAn, "Nhắc theo ngày: nhiều máy chủ", day.AddDays(1));
        try
        {
            await ChangedAtAsync([task], FixedClock.At(day.AddDays(-3), 9));
            await StateAsync(day.AddDays(-1), FixedClock.At(day.AddDays(-1), 7));

            // Four instances at the same moment: one lease.
            var taken = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => AcquireAsync($"may-chu-{i}", FixedClock.At(day, 7))));
            var whileHeld = await RunAsync(FixedClock.At(day, 7, 5));
            var afterLapse = await RunAsync(FixedClock.At(day, 7, 11));
            await StateAsync(day.AddDays(-1), FixedClock.At(day.AddDays(-1), 7));
            var together = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RunAsync(FixedClock.At(day, 7, 30))));

            taken.Count(t => t).ShouldBe(1);
            whileHeld.ShouldBe(new ReminderRun(false, day, null, 0, 0));
            afterLapse.ShouldBe(new ReminderRun(true, day, day.AddDays(-1), 1, recipients));
            together.ShouldContain(r => r.Ran);
            together.Sum(r => r.Created).ShouldBe(0);
            (await KeysAsync([task])).ShouldBe(Enumerable.Repeat($"task:{task}:due-tomorrow:2030-05-07", recipients));
        }
        finally
        {
            await ForgetAsync();
        }
    }

    [Fact]
    public async Task Runs_at_the_same_moment_create_each_reminder_once()
    {
        var day = new DateOnly(2030, 6, 10);
        var (province, ngheAn, recipients) = await NgheAnAsync();
        var task = await GiveAsync(province, ngheAn, "Nhắc theo ngày: chạy cùng lúc", day.AddDays(-1));
        try
        {
            await ChangedAtAsync([task], FixedClock.At(day.AddDays(-3), 9));
            await StateAsync(day.AddDays(-1), FixedClock.At(day.AddDays(-1), 7));

            var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunAsync(FixedClock.At(day, 7))));

            runs.ShouldContain(r => r.Ran);
            runs.Sum(r => r.Created).ShouldBe(recipients);
            (await KeysAsync([task])).ShouldBe(Enumerable.Repeat($"task:{task}:overdue:2030-06-09", recipients));
        }
        finally
        {
            await ForgetAsync();
        }
    }

    private static string Show(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private async Task<(HttpClient Province, int NgheAn, int Recipients)> NgheAnAsync()
    {
        var province = await factory.BearerAsync("nghean.chuyenvien");
        var ngheAn = (await Orgs.FindAsync(province, "ban tuyen giao va dan van tinh uy nghe an")).Id;
        await using var scope = factory.Services.CreateAsyncScope();
        var recipients = await scope.ServiceProvider.GetRequiredService<AppDbContext>().RoleAssignments
            .Where(r => r.OrganizationId == ngheAn && (r.Role == OrganizationRole.Officer || r.Role == OrganizationRole.Leader))
            .Select(r => r.UserId).Distinct().CountAsync();
        recipients.ShouldBeGreaterThan(0);
        return (province, ngheAn, recipients);
    }

    private static async Task<long> GiveAsync(HttpClient client, int organizationId, string title, DateOnly due) =>
        (await GiveOneAsync(client, NewTask(title, [organizationId], organizationId, due: Show(due)))).Id;

    private async Task<ReminderRun> RunAsync(TimeProvider clock)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var gate = services.GetRequiredService<WriteGate>();
        return await new TaskReminders(db, gate, new JobLease(db, gate, clock), clock, services.GetRequiredService<ILogger<TaskReminders>>())
            .RunAsync(CancellationToken.None);
    }

    private async Task<bool> AcquireAsync(string holder, TimeProvider clock)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var lease = new JobLease(db, scope.ServiceProvider.GetRequiredService<WriteGate>(), clock);
        return await lease.TryAcquireAsync(TaskReminders.JobName, holder, TimeSpan.FromMinutes(10), CancellationToken.None) is not null;
    }

    // When the tasks were last changed, as a person editing them then would have left them.
    private async Task ChangedAtAsync(long[] taskIds, TimeProvider clock)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().WorkTasks.Where(t => taskIds.Contains(t.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UpdatedAt, at));
    }

    // As a run that finished the day, started at the clock's moment, leaves the job.
    private async Task StateAsync(DateOnly lastDay, TimeProvider clock)
    {
        await ForgetAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.JobStates.Add(new JobState { Name = TaskReminders.JobName, LastDay = lastDay, LastRunAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
    }

    private async Task ForgetAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().JobStates.Where(j => j.Name == TaskReminders.JobName).ExecuteDeleteAsync();
    }

    private async Task<List<string>> KeysAsync(long[] taskIds)
    {
        var links = taskIds.Select(id => $"/Tasks/{id}").ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Notifications
            .Where(n => links.Contains(n.Link!)).Select(n => n.Key).ToListAsync();
        // Without the ":user:…" suffix, one key per recipient.
        return [.. keys.Select(k => k[..k.IndexOf(":user:", StringComparison.Ordinal)]).Order(StringComparer.Ordinal)];
    }
}

[Collection("sqlite")]
public sealed class SqliteReminderRunTests(SqliteFixture fixture) : ReminderRunTests(fixture.Factory);

[Collection("postgres")]
public sealed class PostgresReminderRunTests(PostgresFixture fixture) : ReminderRunTests(fixture.Factory);
