using System.Globalization;
using DanVan.Data.Entities;

namespace DanVan.Data.Seeding;

internal sealed record UnitRow(string Code, string Name, string Type, string? ParentCode, int Level, string FullName)
{
    public AdminUnit ToUnit(DateOnly? validFrom, DateOnly? validTo, string? legalBasis) => new()
    {
        Code = Code,
        Name = Name,
        Type = Type,
        ParentCode = ParentCode,
        Level = Level,
        FullName = FullName,
        ValidFrom = validFrom,
        ValidTo = validTo,
        LegalBasis = legalBasis,
    };

    /// <summary>"thành phố" + "Đồng Nai" → "Thành phố Đồng Nai", as the official lists write it.</summary>
    public static string FullNameOf(string type, string name) =>
        type.Length == 0 ? name : string.Concat(char.ToUpper(type[0], CultureInfo.GetCultureInfo("vi-VN")).ToString(), type.AsSpan(1), " ", name);
}
