namespace DanVan.Documents.Tests;

/// <summary>Documents as a provincial commission and a department would write them.</summary>
public static class Samples
{
    public static DocumentTable ResultsTable => new(
        [
            new DocumentColumn("STT", ColumnAlignment.Center, 8),
            new DocumentColumn("Đơn vị"),
            new DocumentColumn("Số mô hình", ColumnAlignment.Right, 18),
            new DocumentColumn("Tỷ lệ", ColumnAlignment.Right, 15),
        ],
        [
            ["1", "Phường Trường Vinh", VietnameseFormat.Number(1234), VietnameseFormat.Percent(12.5)],
            ["2", "Xã Diễn Châu", VietnameseFormat.Number(87), VietnameseFormat.Percent(87.5)],
            [string.Empty, "Tổng cộng", VietnameseFormat.Number(1321), VietnameseFormat.Percent(100)],
        ])
    {
        UnitLine = "Đơn vị tính: mô hình",
        LastRowIsTotal = true,
    };

    public static OfficialDocument Party() => new()
    {
        Style = DocumentStyle.Party,
        ParentBody = "Đảng bộ tỉnh Nghệ An",
        Issuer = "Ban Tuyên giáo và Dân vận",
        Number = "12-BC/BTGDVTU",
        Place = "Vinh",
        Date = new DateOnly(2026, 2, 5),
        Summary = "Kết quả công tác dân vận quý I năm 2026",
        Body =
        [
            new DocumentHeading(1, "I- Tình hình chung"),
            new DocumentParagraph("Công tác dân vận tiếp tục được các cấp ủy quan tâm lãnh đạo."),
            new DocumentHeading(2, "1. Kết quả"),
            ResultsTable,
            new DocumentHeading(3, "a) Ở cơ sở"),
            new DocumentParagraph("Phong trào thi đua \"Dân vận khéo\" lan tỏa rộng khắp."),
        ],
        Recipients = ["Ban Thường vụ Tỉnh ủy (để b/c)", "Ban Dân vận Trung ương (để b/c)", "Lưu Văn phòng"],
        Signature = new DocumentSignature("K/T Trưởng ban", "Phó Trưởng ban", "Nguyễn Văn A"),
    };

    public static OfficialDocument State() => new()
    {
        Style = DocumentStyle.State,
        ParentBody = "Ủy ban nhân dân tỉnh Nghệ An",
        Issuer = "Sở Nội vụ",
        Number = "12/BC-SNV",
        Place = "Nghệ An",
        Date = new DateOnly(2026, 3, 9),
        Summary = "kết quả công tác dân vận chính quyền quý I năm 2026",
        Body =
        [
            new DocumentHeading(1, "I. Tình hình chung"),
            new DocumentParagraph("Các cơ quan, đơn vị thực hiện tốt quy chế dân chủ ở cơ sở."),
            ResultsTable,
        ],
        Recipients = ["UBND tỉnh (để b/c)", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Lưu: VT, VP"],
        Signature = new DocumentSignature("KT. Giám đốc", "Phó Giám đốc", "Trần Thị B"),
    };
}
