namespace DanVan.Web.Features.Notifications;

public sealed record NotificationDto(long Id, string Title, string? Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);

public sealed record UnreadCount(int Count);
