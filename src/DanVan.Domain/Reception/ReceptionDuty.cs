using DanVan.Domain.Organizations;
using DanVan.Domain.Petitions;

namespace DanVan.Domain.Reception;

/// <summary>
/// A head's legal duty to receive citizens in person (trách nhiệm tiếp công dân định kỳ), kept as
/// data because the Party's rules and the law change: a month is judged by the version in force
/// on its first day (<see cref="EffectiveFrom"/>–<see cref="EffectiveTo"/>).
/// </summary>
/// <param name="Code">The duty's code, e.g. "TD-2"; versions of one duty share it.</param>
/// <param name="Title">Whose duty it is, in Vietnamese, e.g. "Bí thư đảng ủy xã, phường, đặc khu".</param>
/// <param name="Position">The head it binds; <c>null</c> for every head (only for a duty <see cref="DutyFrequency.WhenNeeded"/>).</param>
/// <param name="Level">The level of the organisation; <c>null</c> for any level.</param>
/// <param name="Frequency">Per month, per week, when needed, or periodic with no minimum set.</param>
/// <param name="MinimumDays">The fewest distinct days of personal reception in each month or week; <c>null</c> when the duty has no count.</param>
/// <param name="EffectiveFrom">The first day in force; <c>null</c> for since before any record here.</param>
/// <param name="EffectiveTo">The last day in force; <c>null</c> while in force.</param>
/// <param name="Citation">The legal basis, e.g. "Luật Tiếp công dân 2013, Điều 15(2)(d)".</param>
/// <param name="Certainty">How firmly the text has been checked.</param>
/// <param name="Note">What else the rule says, in Vietnamese.</param>
public sealed record ReceptionDuty(
    string Code,
    string Title,
    HeadPosition? Position,
    OrganizationLevel? Level,
    DutyFrequency Frequency,
    int? MinimumDays,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string Citation,
    RuleCertainty Certainty,
    string? Note)
{
    /// <summary>Whether the duty is in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><c>true</c> when in force.</returns>
    public bool IsInForceOn(DateOnly date) => (EffectiveFrom is null || EffectiveFrom <= date) && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>Whether the duty asks for reception at regular times (its months are judged or tracked), rather than when a case calls for it.</summary>
    public bool IsPeriodic => Frequency != DutyFrequency.WhenNeeded;

    /// <summary>The minimum as a phrase, e.g. "ít nhất 2 ngày/tháng", "đột xuất khi cần".</summary>
    /// <returns>The phrase.</returns>
    public string Describe() => Frequency switch
    {
        DutyFrequency.PerMonth or DutyFrequency.PerWeek => $"ít nhất {MinimumDays} {DutyStatusNames.Of(Frequency)}",
        DutyFrequency.NotSet => "định kỳ, " + DutyStatusNames.Of(Frequency),
        _ => DutyStatusNames.Of(Frequency),
    };
}
