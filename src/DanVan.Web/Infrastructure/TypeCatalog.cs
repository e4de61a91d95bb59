namespace DanVan.Web.Infrastructure;

/// <summary>
/// The checks shared by the national catalogues of types (organisation types, meeting types): a short
/// upper-case code unique in its catalogue, a name, and an order.
/// </summary>
public static class TypeCatalog
{
    /// <summary>The code as it is stored: trimmed and upper-case.</summary>
    public static string? Normalize(string? code) => code?.Trim().ToUpperInvariant();

    /// <summary>Names every problem with an entry; <paramref name="codeTaken"/> says whether another entry has the code.</summary>
    public static ValidationErrors Check(string? code, string? name, int? sortOrder, int codeLength, bool allowHyphen, bool codeTaken)
    {
        var errors = new ValidationErrors()
            .Text("Code", "mã loại", code, codeLength)
            .Text("Name", "tên loại", name, 200);
        if (code is { Length: > 0 } && !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || (allowHyphen && c == '-')))
        {
            errors.Add("Code", allowHyphen
                ? "Mã loại chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang và dấu gạch dưới."
                : "Mã loại chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới.");
        }
        else if (code is { Length: > 0 } && codeTaken)
        {
            errors.Add("Code", $"Mã loại \"{code}\" đã có.");
        }

        if (sortOrder is < 0 or > 100000)
        {
            errors.Add("SortOrder", "Thứ tự phải từ 0 đến 100000.");
        }

        return errors;
    }
}

/// <summary>A catalogue of types as its admin page shows it.</summary>
/// <param name="Noun">What the entries are, e.g. "loại tổ chức".</param>
public sealed record TypeCatalogView(IReadOnlyList<TypeCatalogRow> Rows, bool MayEdit, int CodeLength, string Noun);

public sealed record TypeCatalogRow(int Id, string Code, string Name, int SortOrder, bool IsActive);
