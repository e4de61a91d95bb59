using DanVan.Data.Entities;

namespace DanVan.Data.Seeding;

/// <summary>The organisation types in use since the 2025 reorganisation; editable afterwards.</summary>
public static class OrganizationTypeCatalog
{
    public const string Commission = "BTGDV";
    public const string PartyCommittee = "DANG_UY";
    public const string FatherlandFront = "MTTQ";

    public static IReadOnlyList<OrganizationType> All() =>
    [
        new() { Code = Commission, Name = "Ban Tuyên giáo và Dân vận", SortOrder = 10 },
        new() { Code = "BDV", Name = "Ban Dân vận (trước 2025)", SortOrder = 20 },
        new() { Code = "BXDD", Name = "Ban Xây dựng Đảng", SortOrder = 30 },
        new() { Code = PartyCommittee, Name = "Đảng ủy", SortOrder = 40 },
        new() { Code = FatherlandFront, Name = "Ủy ban Mặt trận Tổ quốc Việt Nam", SortOrder = 50 },
        new() { Code = "HND", Name = "Hội Nông dân", SortOrder = 60 },
        new() { Code = "HLHPN", Name = "Hội Liên hiệp Phụ nữ", SortOrder = 70 },
        new() { Code = "DTN", Name = "Đoàn Thanh niên Cộng sản Hồ Chí Minh", SortOrder = 80 },
        new() { Code = "HCCB", Name = "Hội Cựu chiến binh", SortOrder = 90 },
        new() { Code = "CD", Name = "Công đoàn", SortOrder = 100 },
        new() { Code = "UBND", Name = "Ủy ban nhân dân", SortOrder = 110 },
        new() { Code = "HDND", Name = "Hội đồng nhân dân", SortOrder = 120 },
        new() { Code = "LLVT", Name = "Lực lượng vũ trang", SortOrder = 130 },
        new() { Code = "BCD", Name = "Ban Chỉ đạo", SortOrder = 140 },
        new() { Code = "CQ", Name = "Cơ quan, đơn vị", SortOrder = 150 },
        new() { Code = "DN", Name = "Doanh nghiệp", SortOrder = 160 },
    ];
}
