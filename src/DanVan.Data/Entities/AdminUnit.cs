using DanVan.Domain.Text;

namespace DanVan.Data.Entities;

/// <summary>
/// One version of an administrative unit (đơn vị hành chính). A unit that changes gets a new
/// version from the change's date; the old version keeps its values and gets an end date.
/// </summary>
public sealed class AdminUnit
{
    public int Id { get; set; }

    /// <summary>Official code as text: 2 digits province, 3 district, 5 commune.</summary>
    public required string Code { get; set; }

    public string Name
    {
        get;
        set
        {
            field = VietnameseText.Normalize(value);
            NameFolded = VietnameseText.Fold(value);
        }
    } = string.Empty;

    public string NameFolded { get; private set; } = string.Empty;

    /// <summary>tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu.</summary>
    public required string Type { get; set; }

    /// <summary>1 province; 2 district before 2025 or commune from 2025; 3 commune before 2025.</summary>
    public int Level { get; set; }

    public string? ParentCode { get; set; }

    public required string FullName { get; set; }

    /// <summary>First day in force; <c>null</c> when the sources do not say.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day in force; <c>null</c> while still in force.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>The legal document behind this version, where known.</summary>
    public string? LegalBasis { get; set; }

    public bool IsValidOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || ValidTo >= day);
}
