namespace DanVan.Domain.Campaigns;

/// <summary>
/// A standard result indicator of campaigns, with the quarterly report's indicator it feeds: a
/// code, and for an indicator with categories the category's number (1 for the first; 0 for none);
/// no code when the report does not count it.
/// </summary>
public sealed record CatalogIndicator(string Code, string Name, string Unit, string? ReportCode, int ReportCategory = 0);

/// <summary>
/// The result indicators most campaigns count (DOMAIN 3.7: delegations, gifts, money, households
/// supported…). A campaign picks some and may add its own; the standard ones fill the quarterly
/// report's sections 6 and 9 automatically.
/// </summary>
public static class CampaignIndicatorCatalog
{
    /// <summary>The standard indicators, in the order forms show them.</summary>
    public static IReadOnlyList<CatalogIndicator> All { get; } =
    [
        new("DOAN_THAM", "Đoàn thăm, tặng quà", "đoàn", "ASXH_DOAN"),
        new("DOAN_KIEMTRA", "Đoàn kiểm tra, giám sát", "đoàn", null),
        new("QUA_NCC", "Suất quà tặng người có công với cách mạng", "suất", "ASXH_SUAT", 1),
        new("QUA_NGHEO", "Suất quà tặng hộ nghèo, hộ cận nghèo", "suất", "ASXH_SUAT", 2),
        new("QUA_TREEM", "Suất quà tặng trẻ em có hoàn cảnh khó khăn", "suất", "ASXH_SUAT", 3),
        new("QUA_KHAC", "Suất quà tặng đối tượng khác", "suất", "ASXH_SUAT", 4),
        new("GIA_TRI_QUA", "Tổng giá trị quà", "đồng", "ASXH_TIEN"),
        new("QUY_VNN", "Tiền vận động ủng hộ Quỹ “Vì người nghèo”", "đồng", "ASXH_QUY"),
        new("HO_NHA", "Hộ được hỗ trợ xây, sửa nhà", "hộ", "ASXH_HONHA"),
        new("NHA_MOI", "Nhà Đại đoàn kết, nhà tình nghĩa xây mới", "căn", "ASXH_NHAMOI"),
        new("NHA_SUA", "Nhà được hỗ trợ sửa chữa", "căn", "ASXH_NHASUA"),
        new("HO_SINHKE", "Hộ được hỗ trợ sinh kế, phát triển sản xuất", "hộ", "ASXH_SINHKE"),
        new("NTM_DONGGOP", "Nhân dân đóng góp xây dựng nông thôn mới, đô thị văn minh", "đồng", "PT_NTM"),
        new("DAT_HIEN", "Diện tích đất Nhân dân hiến", "m²", "PT_DAT"),
        new("NGAY_CONG", "Ngày công lực lượng vũ trang giúp dân", "ngày công", "PT_LLVT"),
        new("HO_HOTRO", "Hộ được hỗ trợ", "hộ", null),
    ];

    /// <summary>The standard indicator with this code (any case), or none.</summary>
    public static CatalogIndicator? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(i => string.Equals(i.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
