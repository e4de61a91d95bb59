using DanVan.Data.Merging;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Reporting;

/// <summary>
/// A merged organisation's reports, earlier ones included, count under its successor from now on;
/// each report still names the organisation that made it. A later merge of the successor carries them on.
/// </summary>
public sealed class MoveReportRollup : IOrganizationMergeStep
{
    public Task<int> MoveAsync(AppDbContext db, int fromOrganizationId, int toOrganizationId, DateOnly effectiveOn, CancellationToken cancellationToken) =>
        db.Reports.Where(r => r.RollupOrganizationId == fromOrganizationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RollupOrganizationId, toOrganizationId), cancellationToken);
}
