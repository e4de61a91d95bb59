using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Organizations;

/// <summary>Creates or edits an organisation type; types are national reference data, kept by central administrators.</summary>
public sealed class SaveOrganizationType(AppDbContext db, OrganizationScope scope)
{
    public Task<bool> MayEditAsync(CancellationToken cancellationToken) => scope.IsCentralAdministratorAsync(cancellationToken);

    public async Task<CommandResult<int>> HandleAsync(int? id, OrganizationTypeInput input, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        var type = id is { } typeId ? await db.OrganizationTypes.SingleOrDefaultAsync(t => t.Id == typeId, cancellationToken) : null;
        if (id is not null && type is null)
        {
            return CommandResult<int>.NotFound();
        }

        var code = input.Code?.Trim().ToUpperInvariant();
        var errors = new ValidationErrors()
            .Text(nameof(input.Code), "mã loại", code, 30)
            .Text(nameof(input.Name), "tên loại", input.Name, 200);
        if (code is { Length: > 0 } && !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            errors.Add(nameof(input.Code), "Mã loại chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới.");
        }
        else if (code is { Length: > 0 } && await db.OrganizationTypes.AnyAsync(t => t.Code == code && t.Id != (id ?? 0), cancellationToken))
        {
            errors.Add(nameof(input.Code), $"Mã loại \"{code}\" đã có.");
        }

        if (input.SortOrder is < 0 or > 100000)
        {
            errors.Add(nameof(input.SortOrder), "Thứ tự phải từ 0 đến 100000.");
        }

        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        if (type is null)
        {
            type = new OrganizationType { Code = code!, Name = string.Empty };
            db.OrganizationTypes.Add(type);
        }

        type.Code = code!;
        type.Name = Domain.Text.VietnameseText.Normalize(input.Name);
        type.SortOrder = input.SortOrder ?? type.SortOrder;
        type.IsActive = input.IsActive ?? true;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<int>.Ok(type.Id);
    }
}
