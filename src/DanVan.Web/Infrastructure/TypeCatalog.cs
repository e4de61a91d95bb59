using DanVan.Data;
using DanVan.Web.Auth;
using DanVan.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Infrastructure;

/// <summary>
/// The checks and the save shared by the national catalogues (organisation types, meeting types, sentiment topics): a short
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

    /// <summary>
    /// Adds (no <paramref name="id"/>) or changes an entry of a catalogue kept by central
    /// administrators; an entry in use is retired (<c>IsActive</c> false), never deleted.
    /// </summary>
    public static async Task<CommandResult<int>> SaveAsync<T>(
        AppDbContext db, OrganizationScope scope, int? id, OrganizationTypeInput input, int codeLength, Func<T> create, CancellationToken cancellationToken)
        where T : class, ICatalogEntry
    {
        if (!await scope.IsCentralAdministratorAsync(cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        var entries = db.Set<T>();
        var entry = id is { } existing ? await entries.FindAsync([existing], cancellationToken) : null;
        if (id is not null && entry is null)
        {
            return CommandResult<int>.NotFound();
        }

        var code = Normalize(input.Code);
        var other = id ?? 0;
        var taken = code is { Length: > 0 } && await entries.AnyAsync(t => t.Code == code && t.Id != other, cancellationToken);
        var errors = Check(code, input.Name, input.SortOrder, codeLength, allowHyphen: true, taken);
        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        if (entry is null)
        {
            entry = create();
            entries.Add(entry);
        }

        entry.Code = code!;
        entry.Name = Domain.Text.VietnameseText.Normalize(input.Name!.Trim());
        entry.SortOrder = input.SortOrder ?? entry.SortOrder;
        entry.IsActive = input.IsActive ?? true;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<int>.Ok(entry.Id);
    }
}

/// <summary>A catalogue of types as its admin page shows it.</summary>
/// <param name="Noun">What the entries are, e.g. "loại tổ chức".</param>
public sealed record TypeCatalogView(IReadOnlyList<TypeCatalogRow> Rows, bool MayEdit, int CodeLength, string Noun);

public sealed record TypeCatalogRow(int Id, string Code, string Name, int SortOrder, bool IsActive);
