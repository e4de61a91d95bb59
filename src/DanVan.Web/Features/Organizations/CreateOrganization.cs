using DanVan.Data;
using DanVan.Data.Entities;
using DanVan.Domain.Organizations;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Organizations;

/// <summary>Creates an organisation under a parent the person administers.</summary>
public sealed class CreateOrganization(AppDbContext db, OrganizationRules rules, OrganizationScope scope, ILogger<CreateOrganization> logger)
{
    public async Task<CommandResult<int>> HandleAsync(OrganizationInput input, CancellationToken cancellationToken)
    {
        if (input.ParentId is { } parentId && !await scope.CanManageAsync(parentId, cancellationToken))
        {
            return CommandResult<int>.Forbidden();
        }

        var (value, errors) = await rules.CheckAsync(input, editingId: null, cancellationToken);
        if (value is null)
        {
            return errors.ToResult<int>();
        }

        var organization = new Organization
        {
            Name = value.Name,
            TypeId = value.TypeId,
            Level = value.Level,
            AdminUnitCode = value.AdminUnitCode,
            ParentId = value.Parent.Id,
            ValidFrom = value.ValidFrom,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        organization.Path = OrganizationPath.Of(value.Parent.Path, organization.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Organization {OrganizationId} created under {ParentId}", organization.Id, value.Parent.Id);
        return CommandResult<int>.Ok(organization.Id);
    }
}
