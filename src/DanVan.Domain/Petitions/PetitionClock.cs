using DanVan.Domain.Calendar;

namespace DanVan.Domain.Petitions;

/// <summary>
/// The legal deadline a petition runs against: while registered, the decision to accept
/// (complaints, denunciations) or the handling of the petition (kiến nghị, phản ánh); once
/// accepted, the resolution, lengthened for complex cases and remote areas and by the extensions
/// granted. Each step uses the rule in force on the day it began, and counts days on the working
/// calendar. Petitions no longer open have no clock.
/// </summary>
/// <param name="rules">The legal rules.</param>
/// <param name="calendar">The working calendar.</param>
public sealed class PetitionClock(DeadlineRuleBook rules, WorkingCalendar calendar)
{
    /// <summary>The deadline now running, or <c>null</c> when the petition is closed or no rule applies.</summary>
    /// <param name="facts">The petition.</param>
    /// <returns>The deadline.</returns>
    public PetitionDeadline? Current(PetitionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var procedure = PetitionKindNames.HasResolutionProcedure(facts.Kind);
        return (facts.Status, procedure) switch
        {
            (PetitionStatus.Registered, true) => Deadline(DeadlineStep.Acceptance, facts, facts.ReceivedOn, withExtensions: false),
            (PetitionStatus.Accepted, true) => Deadline(DeadlineStep.Resolution, facts, facts.AcceptedOn ?? facts.ReceivedOn, withExtensions: true),
            (PetitionStatus.Registered or PetitionStatus.Accepted, false) => Deadline(DeadlineStep.Handling, facts, facts.ReceivedOn, withExtensions: false),
            _ => null,
        };
    }

    /// <summary>Why an extension of <paramref name="days"/> days is not allowed, or <c>null</c> when it is.</summary>
    /// <param name="facts">The petition, with the extensions already granted.</param>
    /// <param name="days">The days asked for.</param>
    /// <returns>The Vietnamese refusal, or <c>null</c>.</returns>
    public string? ExtensionRefusal(PetitionFacts facts, int days)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var running = Current(facts);
        if (running is null || running.Step != DeadlineStep.Resolution)
        {
            return "Chỉ gia hạn thời hạn giải quyết của đơn đã thụ lý.";
        }

        var rule = running.Rule;
        if (rule.ExtensionDays is not { } most)
        {
            return $"{rule.Citation} không cho phép gia hạn; vụ việc phức tạp được tính thời hạn dài hơn bằng cách phân loại lại độ phức tạp.";
        }

        var allowed = rule.ExtensionsAllowed(facts.Complexity);
        if (allowed == 0)
        {
            return "Chỉ gia hạn với vụ việc phức tạp hoặc đặc biệt phức tạp; hãy phân loại lại độ phức tạp trước.";
        }

        if (facts.ExtensionDays.Count >= allowed)
        {
            return $"Vụ việc đã được gia hạn {facts.ExtensionDays.Count} lần, là số lần tối đa theo {rule.Citation}.";
        }

        return days < 1 || days > most ? $"Mỗi lần gia hạn từ 1 đến {most} {DayTypeNames.Of(rule.DayType)}." : null;
    }

    private PetitionDeadline? Deadline(DeadlineStep step, PetitionFacts facts, DateOnly began, bool withExtensions)
    {
        var rule = rules.Find(step, facts.Kind, facts.Round, began);
        if (rule?.DaysFor(facts.Complexity, facts.IsRemoteArea) is not { } days)
        {
            return null;
        }

        if (withExtensions)
        {
            days += facts.ExtensionDays.Sum();
        }

        return new PetitionDeadline(step, began, days, calendar.Due(began, days, rule.DayType), rule);
    }
}
