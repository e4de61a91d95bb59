namespace DanVan.Domain.Petitions;

/// <summary>How complex a case is, which lengthens its resolution limit (NĐ 124/2020 Art. 3a for complaints, NĐ 31/2019 Art. 3 for denunciations).</summary>
public enum PetitionComplexity
{
    /// <summary>Thông thường.</summary>
    Normal = 0,

    /// <summary>Phức tạp.</summary>
    Complex = 1,

    /// <summary>Đặc biệt phức tạp (denunciations: two or more of the criteria).</summary>
    EspeciallyComplex = 2,
}
