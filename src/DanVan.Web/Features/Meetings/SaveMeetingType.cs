using DanVan.Data;
using DanVan.Data.Meetings;
using DanVan.Web.Auth;
using DanVan.Web.Features.Organizations;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Meetings;

/// <summary>Adds or changes a meeting type; the catalogue is national, kept by central administrators. A type in use is retired, never deleted.</summary>
public sealed class SaveMeetingType(AppDbContext db, OrganizationScope scope)
{
    public Task<bool> MayEditAsync(CancellationToken cancellationToken) => scope.IsCentralAdministratorAsync(cancellationToken);

    public async Task<CommandResult<int>> HandleAsync(int? id, OrganizationTypeInput input, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        var type = id is { } typeId ? await db.MeetingTypes.SingleOrDefaultAsync(t => t.Id == typeId, cancellationToken) : null;
        if (id is not null && type is null)
        {
            return CommandResult<int>.NotFound();
        }

        var code = TypeCatalog.Normalize(input.Code);
        var taken = code is { Length: > 0 } && await db.MeetingTypes.AnyAsync(t => t.Code == code && t.Id != (id ?? 0), cancellationToken);
        var errors = TypeCatalog.Check(code, input.Name, input.SortOrder, 20, allowHyphen: true, taken);
        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        if (type is null)
        {
            type = new MeetingType { Code = code!, Name = string.Empty };
            db.MeetingTypes.Add(type);
        }

        type.Code = code!;
        type.Name = Domain.Text.VietnameseText.Normalize(input.Name!.Trim());
        type.SortOrder = input.SortOrder ?? type.SortOrder;
        type.IsActive = input.IsActive ?? true;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<int>.Ok(type.Id);
    }
}
