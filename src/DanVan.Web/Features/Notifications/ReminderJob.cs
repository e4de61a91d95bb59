using Microsoft.Extensions.Options;

namespace DanVan.Web.Features.Notifications;

/// <summary>
/// Every few minutes, creates the deadline reminders owed and e-mails new notifications. Holds no
/// state of its own: the job's lease and progress are in the database (<see cref="TaskReminders"/>),
/// so a restarted or extra instance picks up from there, and of several instances one at a time runs.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TaskReminders>().RunAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<NotificationMailer>().SendPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a failed run must not stop the host.
                logger.LogError(e, "Deadline reminder run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
