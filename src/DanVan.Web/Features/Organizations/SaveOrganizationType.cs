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

        var code = TypeCatalog.Normalize(input.Code);
        var taken = code is { Length: > 0 } && await db.OrganizationTypes.AnyAsync(t => t.Code == code && t.Id != (id ?? 0), cancellationToken);
        var errors = TypeCatalog.Check(code, input.Name, input.SortOrder, 30, allowHyphen: false, taken);
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
