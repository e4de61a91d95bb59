namespace DanVan.Domain.Organizations;

/// <summary>The level of the political system an organisation works at (cấp).</summary>
public enum OrganizationLevel
{
    /// <summary>Trung ương.</summary>
    Central = 0,

    /// <summary>Cấp tỉnh: province or centrally-governed city.</summary>
    Province = 1,

    /// <summary>Cấp huyện: abolished on 1 July 2025, kept for history.</summary>
    District = 2,

    /// <summary>Cấp xã: commune, ward or special zone.</summary>
    Commune = 3,
}
