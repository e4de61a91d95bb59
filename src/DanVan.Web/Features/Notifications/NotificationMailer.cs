using System.Net;
using System.Net.Mail;
using DanVan.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Features.Notifications;

/// <summary>
/// E-mails recent notifications when SMTP is configured. Each message is claimed first with a
/// conditional UPDATE, so of several instances only the one whose UPDATE changed the row sends it.
/// </summary>
public sealed class NotificationMailer(AppDbContext db, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<NotificationMailer> logger)
{
    private const int Batch = 50;

    /// <summary>Messages older than this are not e-mailed when SMTP is turned on later.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(2);

    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>Takes a message to send; <c>false</c> when another instance (or run) already took it.</summary>
    public async Task<bool> ClaimAsync(long notificationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Notifications.Where(n => n.Id == notificationId && n.EmailClaimedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailClaimedAt, now), cancellationToken) == 1;
    }

    /// <summary>Sends the recent unsent messages of people with an e-mail address; returns how many went out.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return 0;
        }

        var since = clock.GetUtcNow().UtcDateTime - MaxAge;
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailClaimedAt == null && n.CreatedAt >= since)
            .Join(db.Users.Where(u => u.Email != null && u.EmailConfirmed), n => n.UserId, u => u.Id, (n, u) => new { n.Id, n.Title, n.Body, n.Link, u.Email })
            .OrderBy(n => n.Id).Take(Batch).ToListAsync(cancellationToken);
        var smtp = options.Value;
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        var sent = 0;
        foreach (var message in pending)
        {
            if (!await ClaimAsync(message.Id, cancellationToken))
            {
                continue;
            }

            try
            {
                using var mail = new MailMessage(smtp.From!, message.Email!, message.Title, $"{message.Body}\n\n{message.Link}");
                await client.SendMailAsync(mail, cancellationToken);
                await db.Notifications.Where(n => n.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
                sent++;
            }
            catch (SmtpException e)
            {
                // Released, so a later run tries again.
                logger.LogWarning(e, "E-mail of notification {NotificationId} failed", message.Id);
                await db.Notifications.Where(n => n.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailClaimedAt, (DateTime?)null), cancellationToken);
            }
        }

        return sent;
    }
}
