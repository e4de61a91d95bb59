using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Petitions;
using DanVan.Domain.Petitions;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// Writes new petitions with group commit (<see cref="GroupCommitWriter{TItem}"/>): the petitions
/// registered at the same moment are inserted together — petitions, senders, first events, then
/// their audit rows — in one transaction with one commit.
/// </summary>
public sealed class PetitionWriter(IServiceScopeFactory scopes, WriteGate gate, ILogger<PetitionWriter> logger)
    : GroupCommitWriter<PetitionWriter.Item>(scopes, gate, logger)
{
    /// <summary>A petition and how its audit row is made once it has its id.</summary>
    public sealed record Item(Petition Petition, Func<Petition, AuditEntry> Audit);

    /// <summary>Queues the petition and returns once it is committed with its audit row (made by <paramref name="audit"/> once the petition has its id).</summary>
    public Task WriteAsync(Petition petition, Func<Petition, AuditEntry> audit, CancellationToken cancellationToken) =>
        EnqueueAsync(new Item(petition, audit), cancellationToken);

    protected override async Task InsertAsync(AppDbContext db, IReadOnlyList<Item> batch)
    {
        db.Petitions.AddRange(batch.Select(p => p.Petition));
        await db.SaveChangesAsync();
        db.AuditEntries.AddRange(batch.Select(p => p.Audit(p.Petition)));
        await db.SaveChangesAsync();
    }

    // The same tracking code drawn twice: draw again and insert the whole petition afresh.
    protected override async Task<bool> RetryAsync(IServiceProvider services, Item item, Exception failure)
    {
        var code = item.Petition.TrackingCode;
        if (failure is not DbUpdateException || !await services.GetRequiredService<AppDbContext>().Petitions.AnyAsync(p => p.TrackingCode == code))
        {
            return false;
        }

        item.Petition.TrackingCode = TrackingCodes.New();
        return true;
    }

    // A failed insert may have given the graph ids that were rolled back.
    protected override void Reset(Item item)
    {
        var petition = item.Petition;
        petition.Id = 0;
        petition.Petitioners.ForEach(p => (p.Id, p.PetitionId) = (0, 0));
        petition.Events.ForEach(e => (e.Id, e.PetitionId) = (0, 0));
    }
}

/// <summary>Who registered a petition, kept from the request for the writer that commits it later.</summary>
internal sealed record CapturedActor(string? UserId, string UserName) : IAuditActor;
