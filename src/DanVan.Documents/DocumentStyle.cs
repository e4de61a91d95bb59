namespace DanVan.Documents;

/// <summary>Which rules lay the document out.</summary>
public enum DocumentStyle
{
    /// <summary>A Party document (Hướng dẫn 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-BC/…".</summary>
    Party,

    /// <summary>A State document (Nghị định 30/2020/NĐ-CP): Quốc hiệu, Tiêu ngữ, "Số: 12/BC-…".</summary>
    State,
}
