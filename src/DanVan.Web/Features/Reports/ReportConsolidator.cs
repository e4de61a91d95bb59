using DanVan.Data;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>The consolidation a person may see: only for organisations inside their subtrees.</summary>
public sealed class ReportConsolidator(AppDbContext db, OrganizationScope scope, ReportConsolidation consolidation)
{
    public async Task<(Consolidation? Result, CommandStatus Status, string? Error)> ConsolidateAsync(
        int organizationId, string? formCode, string? periodKey, ConsolidationParts parts, CancellationToken cancellationToken)
    {
        var path = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return (null, CommandStatus.NotFound, null);
        }

        return await scope.CanReadAsync(path, cancellationToken)
            ? await consolidation.ComputeAsync(organizationId, formCode, periodKey, parts, cancellationToken)
            : (null, CommandStatus.Forbidden, null);
    }
}
