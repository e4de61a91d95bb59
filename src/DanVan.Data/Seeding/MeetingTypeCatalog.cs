using DanVan.Data.Meetings;

namespace DanVan.Data.Seeding;

/// <summary>The meeting types the product starts with (DOMAIN.md 3.2); administrators may add more.</summary>
public static class MeetingTypeCatalog
{
    public const string MonthlyBriefing = "GB-THANG";
    public const string QuarterlyBriefing = "GB-QUY";
    public const string HalfYearReview = "SO-KET-6T";
    public const string Review = "SO-KET";
    public const string YearReview = "TONG-KET";
    public const string WorkingSession = "LAM-VIEC";
    public const string ThematicConference = "CHUYEN-DE";

    public static IReadOnlyList<MeetingType> All() =>
    [
        new() { Code = MonthlyBriefing, Name = "Giao ban tháng", SortOrder = 1 },
        new() { Code = QuarterlyBriefing, Name = "Giao ban quý", SortOrder = 2 },
        new() { Code = HalfYearReview, Name = "Sơ kết 6 tháng", SortOrder = 3 },
        new() { Code = Review, Name = "Hội nghị sơ kết", SortOrder = 4 },
        new() { Code = YearReview, Name = "Hội nghị tổng kết", SortOrder = 5 },
        new() { Code = WorkingSession, Name = "Buổi làm việc", SortOrder = 6 },
        new() { Code = ThematicConference, Name = "Hội nghị chuyên đề", SortOrder = 7 },
    ];
}
