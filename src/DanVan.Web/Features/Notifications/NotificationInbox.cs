using DanVan.Data;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Notifications;

/// <summary>The signed-in person's own notifications: the bell's count, the list, marking read.</summary>
public sealed class NotificationInbox(AppDbContext db, OrganizationScope scope, TimeProvider clock)
{
    /// <summary>The most the bell counts; beyond it shows "99+".</summary>
    public const int MaxCounted = 100;

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken)
    {
        var userId = scope.UserId;
        return userId is null ? 0 : await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.ReadAt == null).Take(MaxCounted).CountAsync(cancellationToken);
    }

    public async Task<PagedList<NotificationDto>> ListAsync(bool unreadOnly, int page, int pageSize, CancellationToken cancellationToken)
    {
        var userId = scope.UserId ?? string.Empty;
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new NotificationDto(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken);
        return new PagedList<NotificationDto>(items, total, page, pageSize);
    }

    /// <summary>Marks one of the person's notifications read; someone else's is not found.</summary>
    public async Task<CommandResult<NotificationDto>> MarkReadAsync(long notificationId, CancellationToken cancellationToken)
    {
        var userId = scope.UserId ?? string.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.Id == notificationId && n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        var notification = await db.Notifications.AsNoTracking().Where(n => n.Id == notificationId && n.UserId == userId)
            .Select(n => new NotificationDto(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt)).SingleOrDefaultAsync(cancellationToken);
        return notification is null ? CommandResult<NotificationDto>.NotFound() : CommandResult<NotificationDto>.Ok(notification);
    }

    /// <summary>Marks every unread notification of the person read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var userId = scope.UserId ?? string.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
