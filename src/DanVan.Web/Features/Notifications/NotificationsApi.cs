using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Notifications;

internal static class NotificationsApi
{
    public static IServiceCollection AddNotificationHandlers(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddScoped<NotificationInbox>();
        services.AddScoped<TaskReminders>();
        services.AddScoped<NotificationMailer>();
        services.AddHostedService<ReminderJob>();
        return services;
    }

    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Thông báo").RequireAuthorization(Policies.SignedIn);
        notifications.MapGet("/", ListAsync).WithSummary("Thông báo của người dùng đang đăng nhập, mới nhất trước; unread=true chỉ lấy thông báo chưa đọc");
        notifications.MapGet("/unread-count", async (NotificationInbox inbox, CancellationToken ct) => TypedResults.Ok(new UnreadCount(await inbox.UnreadCountAsync(ct))))
            .WithSummary("Số thông báo chưa đọc (tối đa 100)");
        notifications.MapPost("/{notificationId:long}/read", async (NotificationInbox inbox, long notificationId, CancellationToken ct) =>
                await inbox.MarkReadAsync(notificationId, ct) is { Status: CommandStatus.Ok } result ? Results.Ok(result.Value) : ResultExtensions.NotFoundProblem("Không tìm thấy thông báo."))
            .WithSummary("Đánh dấu một thông báo đã đọc");
        notifications.MapPost("/read-all", async (NotificationInbox inbox, CancellationToken ct) => TypedResults.Ok(new UnreadCount(await inbox.MarkAllReadAsync(ct))))
            .WithSummary("Đánh dấu mọi thông báo đã đọc; trả về số thông báo vừa đánh dấu");
        return notifications;
    }

    private static async Task<IResult> ListAsync(NotificationInbox inbox, string? unread, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (filter, errors) = Programmes.TaskFilter.Parse(null, null, null, null, null, null, null, page, pageSize);
        bool? unreadOnly = unread?.Trim().ToUpperInvariant() switch
        {
            null or "" or "FALSE" => false,
            "TRUE" => true,
            _ => null,
        };
        if (unreadOnly is null)
        {
            errors.Add("unread", "Lọc chưa đọc phải là true hoặc false.");
        }

        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        return TypedResults.Ok(await inbox.ListAsync(unreadOnly!.Value, filter.Page, filter.PageSize, cancellationToken));
    }
}
