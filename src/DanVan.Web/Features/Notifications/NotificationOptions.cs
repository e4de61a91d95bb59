namespace DanVan.Web.Features.Notifications;

/// <summary>The deadline reminder job: on by default, every few minutes. Section "Reminders".</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Whether this instance runs the job; any number of instances may, safely.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for reminders owed.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>E-mail of notifications; off unless a host is configured. Section "Smtp".</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address, e.g. "nhacviec@danvan.gov.vn".</summary>
    public string? From { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
