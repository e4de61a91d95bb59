namespace DanVan.Domain.Petitions;

/// <summary>What a petition is about (lĩnh vực).</summary>
public enum PetitionField
{
    /// <summary>Đất đai: land use, compensation, clearance.</summary>
    Land = 1,

    /// <summary>Chế độ, chính sách: social policy, benefits, people with merit.</summary>
    Policy = 2,

    /// <summary>Môi trường.</summary>
    Environment = 3,

    /// <summary>Hành chính, tư pháp: administrative procedures, civil status, justice.</summary>
    Administration = 4,

    /// <summary>Cán bộ, đảng viên: conduct of officials and Party members.</summary>
    Officials = 5,

    /// <summary>Kinh tế, tài chính: business, public money, investment.</summary>
    Economy = 6,

    /// <summary>Văn hóa, xã hội, y tế, giáo dục.</summary>
    Society = 7,

    /// <summary>Khác.</summary>
    Other = 99,
}
