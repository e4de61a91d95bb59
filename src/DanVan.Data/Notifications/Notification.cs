namespace DanVan.Data.Notifications;

/// <summary>
/// A message for one person in the app's bell, and by e-mail when SMTP is configured. Its
/// <see cref="Key"/> is unique, so a job on any number of app instances creates it at most once.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>What makes the message unique, e.g. "task:42:overdue:2026-12-01:user:…".</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public string? Body { get; set; }

    /// <summary>The page the message is about, as a local path.</summary>
    public string? Link { get; set; }

    public int? OrganizationId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }

    /// <summary>When an instance took the e-mail to send; set once, atomically, so only one sends it.</summary>
    public DateTime? EmailClaimedAt { get; set; }

    public DateTime? EmailedAt { get; set; }
}
