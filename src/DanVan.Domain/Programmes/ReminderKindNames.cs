namespace DanVan.Domain.Programmes;

/// <summary>Vietnamese names of <see cref="ReminderKind"/>.</summary>
public static class ReminderKindNames
{
    /// <summary>The kind's name.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>E.g. "Nhắc quá hạn".</returns>
    public static string Of(ReminderKind kind) => kind switch
    {
        ReminderKind.DueSoon => "Nhắc sắp đến hạn",
        ReminderKind.DueTomorrow => "Nhắc hạn cuối ngày mai",
        ReminderKind.Overdue => "Nhắc quá hạn",
        _ => kind.ToString(),
    };
}
