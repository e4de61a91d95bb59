using DanVan.Data;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Organizations;

/// <summary>Edits an organisation; moving it to another parent moves its whole subtree.</summary>
public sealed class UpdateOrganization(AppDbContext db, OrganizationRules rules, OrganizationScope scope, ILogger<UpdateOrganization> logger)
{
    public async Task<CommandResult<int>> HandleAsync(int id, OrganizationInput input, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
        {
            return CommandResult<int>.NotFound();
        }

        if (!await scope.CanManageAsync(organization.Path, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        if (organization.ParentId is null)
        {
            // The root has no parent to choose; only its name and type may change.
            input.ParentId = null;
            return await UpdateRootAsync(organization, input, cancellationToken);
        }

        if (input.ParentId != organization.ParentId && input.ParentId is { } newParent && !await scope.CanManageAsync(newParent, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        var (value, errors) = await rules.CheckAsync(input, id, cancellationToken);
        if (value is null)
        {
            return errors.ToResult<int>();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var oldPath = organization.Path;
        organization.Name = value.Name;
        organization.TypeId = value.TypeId;
        organization.Level = value.Level;
        organization.AdminUnitCode = value.AdminUnitCode;
        organization.ValidFrom = value.ValidFrom;
        if (organization.ParentId != value.Parent.Id)
        {
            organization.ParentId = value.Parent.Id;
            organization.Path = OrganizationPath.Of(value.Parent.Path, organization.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (organization.Path != oldPath)
        {
            await SubtreeMove.MoveDescendantsAsync(db, oldPath, organization.Path, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Organization {OrganizationId} updated", id);
        return CommandResult<int>.Ok(id);
    }

    private async Task<CommandResult<int>> UpdateRootAsync(Data.Entities.Organization root, OrganizationInput input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Text(nameof(input.Name), "tên tổ chức", input.Name, 300);
        var type = input.TypeId is { } typeId ? await db.OrganizationTypes.FindAsync([typeId], cancellationToken) : null;
        if (type is null)
        {
            errors.Add(nameof(input.TypeId), "Vui lòng chọn loại tổ chức.");
        }

        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        root.Name = input.Name!;
        root.TypeId = type!.Id;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<int>.Ok(root.Id);
    }
}
