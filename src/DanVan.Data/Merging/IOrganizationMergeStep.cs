namespace DanVan.Data.Merging;

/// <summary>
/// Moves one capability's live data from a merged organisation to the one it merged into. Each
/// capability that owns data by organisation adds a step; history stays with the old owner.
/// </summary>
public interface IOrganizationMergeStep
{
    /// <summary>Moves what must follow the merge; returns how many rows moved.</summary>
    Task<int> MoveAsync(AppDbContext db, int fromOrganizationId, int toOrganizationId, DateOnly effectiveOn, CancellationToken cancellationToken);
}
