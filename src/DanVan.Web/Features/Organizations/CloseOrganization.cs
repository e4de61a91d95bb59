using DanVan.Data;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Organizations;

/// <summary>Closes an organisation from a date; its history stays, and it must have no open children.</summary>
public sealed class CloseOrganization(AppDbContext db, OrganizationScope scope, ILogger<CloseOrganization> logger)
{
    public async Task<CommandResult<int>> HandleAsync(int id, CloseOrganizationRequest request, CancellationToken cancellationToken)
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

        var errors = new ValidationErrors();
        if (organization.ParentId is null)
        {
            errors.Add(string.Empty, "Không thể đóng tổ chức gốc của hệ thống.");
        }

        if (!organization.IsOpen)
        {
            errors.Add(string.Empty, $"Tổ chức đã đóng từ ngày {DateInput.Show(organization.ValidTo)}.");
        }

        if (!DateInput.TryParse(request.ClosedOn, out var closedOn))
        {
            errors.Add(nameof(request.ClosedOn), "Ngày đóng phải có dạng dd/MM/yyyy.");
        }
        else if (closedOn < organization.ValidFrom)
        {
            errors.Add(nameof(request.ClosedOn), $"Ngày đóng không được trước ngày bắt đầu ({DateInput.Show(organization.ValidFrom)}).");
        }

        var openChildren = await db.Organizations.CountAsync(o => o.ParentId == id && o.ValidTo == null, cancellationToken);
        if (openChildren > 0)
        {
            errors.Add(string.Empty, $"Tổ chức còn {openChildren} tổ chức trực thuộc đang hoạt động: hãy đóng, chuyển hoặc hợp nhất chúng trước.");
        }

        if (errors.Any)
        {
            return errors.ToResult<int>();
        }

        organization.ValidTo = closedOn;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Organization {OrganizationId} closed on {ClosedOn}", id, closedOn);
        return CommandResult<int>.Ok(id);
    }
}
