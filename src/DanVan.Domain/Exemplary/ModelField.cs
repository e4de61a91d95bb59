namespace DanVan.Domain.Exemplary;

/// <summary>The field (lĩnh vực) a "Dân vận khéo" model works in.</summary>
public enum ModelField
{
    /// <summary>Kinh tế.</summary>
    Economy = 1,

    /// <summary>Văn hóa – xã hội.</summary>
    CultureSociety = 2,

    /// <summary>Quốc phòng – an ninh.</summary>
    DefenceSecurity = 3,

    /// <summary>Xây dựng Đảng và hệ thống chính trị.</summary>
    PartyBuilding = 4,
}
