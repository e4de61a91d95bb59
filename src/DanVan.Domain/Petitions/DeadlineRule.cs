using DanVan.Domain.Calendar;

namespace DanVan.Domain.Petitions;

/// <summary>
/// A legal time limit, kept as data because laws and decrees change: a case uses the rule in
/// force on the day its step began (<see cref="EffectiveFrom"/>–<see cref="EffectiveTo"/>).
/// </summary>
/// <param name="Code">The rule's code, e.g. "KN-3"; versions of one rule share it.</param>
/// <param name="Kinds">The kinds of petition it applies to.</param>
/// <param name="Step">The step it governs.</param>
/// <param name="Round">1 or 2 for the first or second complaint; <c>null</c> for any.</param>
/// <param name="Title">The step in Vietnamese.</param>
/// <param name="Days">The limit; <c>null</c> for a duty without a clock.</param>
/// <param name="DayType">Calendar or working days.</param>
/// <param name="ComplexDays">The limit for a complex case, when longer.</param>
/// <param name="RemoteDays">The limit in remote, hard-to-reach areas (vùng sâu, vùng xa), when longer.</param>
/// <param name="RemoteComplexDays">The limit for a complex case in a remote area.</param>
/// <param name="ExtensionDays">The most days one extension may add, when extensions are allowed.</param>
/// <param name="ComplexExtensions">How many extensions a complex case may have.</param>
/// <param name="EspeciallyComplexExtensions">How many extensions an especially complex case may have.</param>
/// <param name="EffectiveFrom">The first day the rule is in force; <c>null</c> for since before any case here.</param>
/// <param name="EffectiveTo">The last day it is in force; <c>null</c> while in force.</param>
/// <param name="Citation">The legal basis, e.g. "Luật Khiếu nại 2011, Điều 28".</param>
/// <param name="Certainty">How firmly the rule has been checked.</param>
/// <param name="Note">What else the rule says, in Vietnamese.</param>
public sealed record DeadlineRule(
    string Code,
    IReadOnlyList<PetitionKind> Kinds,
    DeadlineStep Step,
    int? Round,
    string Title,
    int? Days,
    DayType DayType,
    int? ComplexDays,
    int? RemoteDays,
    int? RemoteComplexDays,
    int? ExtensionDays,
    int ComplexExtensions,
    int EspeciallyComplexExtensions,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string Citation,
    RuleCertainty Certainty,
    string? Note)
{
    /// <summary>Whether the rule is in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether it applies to a step that began that day.</returns>
    public bool IsInForceOn(DateOnly date) => (EffectiveFrom is null || EffectiveFrom <= date) && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>The base limit for a case: longer for complex cases and remote areas where the rule says so.</summary>
    /// <param name="complexity">How complex the case is.</param>
    /// <param name="isRemoteArea">Whether it is in a remote, hard-to-reach area.</param>
    /// <returns>The days, or <c>null</c> when the rule has no clock.</returns>
    public int? DaysFor(PetitionComplexity complexity, bool isRemoteArea)
    {
        if (Days is not { } days)
        {
            return null;
        }

        var complex = complexity != PetitionComplexity.Normal;
        return (isRemoteArea, complex) switch
        {
            (true, true) => RemoteComplexDays ?? RemoteDays ?? ComplexDays ?? days,
            (true, false) => RemoteDays ?? days,
            (false, true) => ComplexDays ?? days,
            _ => days,
        };
    }

    /// <summary>How many extensions a case of this complexity may have.</summary>
    /// <param name="complexity">How complex the case is.</param>
    /// <returns>The number of extensions allowed.</returns>
    public int ExtensionsAllowed(PetitionComplexity complexity) => ExtensionDays is null ? 0 : complexity switch
    {
        PetitionComplexity.Complex => ComplexExtensions,
        PetitionComplexity.EspeciallyComplex => EspeciallyComplexExtensions,
        _ => 0,
    };

    /// <summary>The limit as a sentence (<see cref="Describe"/>), e.g. for the API.</summary>
    public string Limit => Describe();

    /// <summary>The limit as a sentence, e.g. "30 ngày (phức tạp: 45 ngày)".</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        if (Days is not { } days)
        {
            return "Không tính thời hạn";
        }

        var unit = DayTypeNames.Of(DayType);
        var parts = new List<string>();
        if (ComplexDays is { } complex)
        {
            parts.Add($"phức tạp: {complex} {unit}");
        }

        if (RemoteDays is { } remote)
        {
            parts.Add($"vùng sâu, vùng xa: {remote} {unit}" + (RemoteComplexDays is { } rc ? $", phức tạp {rc} {unit}" : string.Empty));
        }

        if (ExtensionDays is { } extension)
        {
            parts.Add($"gia hạn mỗi lần tối đa {extension} {unit}: phức tạp {ComplexExtensions} lần, đặc biệt phức tạp {EspeciallyComplexExtensions} lần");
        }

        return $"{days} {unit}" + (parts.Count > 0 ? $" ({string.Join("; ", parts)})" : string.Empty);
    }
}
