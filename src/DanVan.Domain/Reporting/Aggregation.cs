namespace DanVan.Domain.Reporting;

/// <summary>How an indicator's values combine up the tree (cách tổng hợp).</summary>
public enum Aggregation
{
    /// <summary>Cộng.</summary>
    Sum = 0,

    /// <summary>Trung bình of the reporting organisations' values.</summary>
    Average = 1,

    /// <summary>Nhỏ nhất.</summary>
    Min = 2,

    /// <summary>Lớn nhất.</summary>
    Max = 3,

    /// <summary>Không tổng hợp: shown for each organisation only.</summary>
    None = 4,
}
