using DanVan.Data.Entities;
using DanVan.Domain.Organizations;

namespace DanVan.Data.Seeding;

/// <summary>An organisation already written: what its children need.</summary>
internal sealed record PlacedOrganization(int Id, string Path);

/// <summary>An organisation to write under a parent already written.</summary>
internal sealed record PlannedOrganization(Organization Organization, PlacedOrganization Parent);

/// <summary>
/// Writes organisations in batches through a context with automatic change detection off,
/// clearing the tracker after each batch so memory and save time stay flat.
/// </summary>
internal sealed class OrganizationBatchWriter(AppDbContext bulk, int total, IProgress<ScaleSeedProgress>? progress)
{
    private const int BatchSize = 2000;

    public int Written { get; private set; }

    /// <summary>Writes the rows and returns them placed, in the same order.</summary>
    public async Task<List<PlacedOrganization>> InsertAsync(string stage, List<PlannedOrganization> rows, CancellationToken cancellationToken)
    {
        var placed = new List<PlacedOrganization>(rows.Count);
        foreach (var batch in rows.Chunk(BatchSize))
        {
            foreach (var row in batch)
            {
                row.Organization.ParentId = row.Parent.Id;
                bulk.Organizations.Add(row.Organization);
            }

            await bulk.SaveChangesAsync(cancellationToken);

            // Keys come from the database, so paths are written once the inserts gave them.
            foreach (var row in batch)
            {
                row.Organization.Path = OrganizationPath.Of(row.Parent.Path, row.Organization.Id);
                placed.Add(new PlacedOrganization(row.Organization.Id, row.Organization.Path));
            }

            bulk.ChangeTracker.DetectChanges();
            await bulk.SaveChangesAsync(cancellationToken);
            bulk.ChangeTracker.Clear();
            Written += batch.Length;
            progress?.Report(new ScaleSeedProgress(stage, Written, total));
        }

        return placed;
    }
}
