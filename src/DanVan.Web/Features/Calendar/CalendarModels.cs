using DanVan.Domain.Calendar;
using DanVan.Domain.Petitions;

namespace DanVan.Web.Features.Calendar;

public sealed record DayOffDto(DateOnly Date, string Name, DayOffSource Source, string Weekday, string LunarDate);

public sealed record DueDateDto(DateOnly Start, int Days, DayType DayType, DateOnly Due, string Weekday, int CalendarDays);

public sealed record OfficialDayDto(int Id, DateOnly Date, AdjustmentKind Kind, string Name, string? Basis, string Weekday);

public sealed class OfficialDayInput
{
    /// <summary>The day, as dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    /// <summary>DayOff (ngày nghỉ thêm) or WorkingDay (ngày làm việc bù).</summary>
    public AdjustmentKind? Kind { get; set; }

    public string? Name { get; set; }

    public string? Basis { get; set; }
}

public sealed record LegalRuleDto(
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
    string? Note,
    string Limit)
{
    public static LegalRuleDto Of(DeadlineRule r) => new(
        r.Code, r.Kinds, r.Step, r.Round, r.Title, r.Days, r.DayType, r.ComplexDays, r.RemoteDays, r.RemoteComplexDays, r.ExtensionDays,
        r.ComplexExtensions, r.EspeciallyComplexExtensions, r.EffectiveFrom, r.EffectiveTo, r.Citation, r.Certainty, r.Note, r.Describe());
}

/// <summary>Vietnamese day-of-week names.</summary>
public static class Weekdays
{
    public static string Of(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };
}
