using DanVan.Data.Sentiment;

namespace DanVan.Data.Seeding;

/// <summary>
/// The sentiment topics the product starts with (DOMAIN.md 3.6); administrators may add more.
/// Religion and ethnicity is a topic about an area's situation as a whole, never about a person.
/// </summary>
public static class SentimentTopicCatalog
{
    public const string Livelihood = "DOI-SONG";
    public const string Jobs = "VIEC-LAM";
    public const string Prices = "GIA-CA";
    public const string Land = "DAT-DAI";
    public const string Environment = "MOI-TRUONG";
    public const string Welfare = "AN-SINH";
    public const string Elections = "BAU-CU";
    public const string PartyCongress = "DAI-HOI-DANG";
    public const string ReligionEthnicity = "TON-GIAO-DAN-TOC";
    public const string Security = "AN-NINH";
    public const string Policy = "CHINH-SACH";

    public static IReadOnlyList<SentimentTopic> All() =>
    [
        new() { Code = Livelihood, Name = "Đời sống", SortOrder = 1 },
        new() { Code = Jobs, Name = "Việc làm", SortOrder = 2 },
        new() { Code = Prices, Name = "Giá cả", SortOrder = 3 },
        new() { Code = Land, Name = "Đất đai", SortOrder = 4 },
        new() { Code = Environment, Name = "Môi trường", SortOrder = 5 },
        new() { Code = Welfare, Name = "An sinh xã hội", SortOrder = 6 },
        new() { Code = Elections, Name = "Bầu cử", SortOrder = 7 },
        new() { Code = PartyCongress, Name = "Đại hội Đảng", SortOrder = 8 },
        new() { Code = ReligionEthnicity, Name = "Tôn giáo, dân tộc trên địa bàn", SortOrder = 9 },
        new() { Code = Security, Name = "An ninh, trật tự", SortOrder = 10 },
        new() { Code = Policy, Name = "Chủ trương, chính sách mới", SortOrder = 11 },
    ];
}
