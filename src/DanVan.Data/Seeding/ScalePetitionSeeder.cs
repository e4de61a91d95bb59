using DanVan.Data.Auditing;
using DanVan.Data.Petitions;
using DanVan.Domain.Calendar;
using DanVan.Domain.Organizations;
using DanVan.Domain.Petitions;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The petitions of the national data set: 300 over five years for every provincial commission
/// and commune party committee (about 1,000,000 nationally), each with its sender, at every step
/// of handling, deadlines from the real legal clock. Written in bulk; organisations that already
/// have petitions are skipped, so a stopped run resumes. Deterministic for a seed.
/// </summary>
public sealed class ScalePetitionSeeder(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ScalePetitionsSeeded";
    public const int PerOrganization = 300;
    public const int DaysBack = 5 * 365;
    private const int OrganizationsPerBatch = 40;

    public async Task<ScalePetitionResult> SeedAsync(int seed, IProgress<ScaleSeedProgress>? progress, CancellationToken cancellationToken)
    {
        await using var bulk = UnauditedContext.For(db);
        bulk.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var commission = await bulk.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.Commission).Select(t => t.Id).SingleAsync(cancellationToken);
        var committee = await bulk.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.PartyCommittee).Select(t => t.Id).SingleAsync(cancellationToken);
        var organizations = await bulk.Organizations.AsNoTracking()
            .Where(o => o.ValidTo == null && ((o.Level == OrganizationLevel.Province && o.TypeId == commission) || (o.Level == OrganizationLevel.Commune && o.TypeId == committee)))
            .Where(o => !bulk.Petitions.Any(p => p.OrganizationId == o.Id))
            .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);
        if (organizations.Count == 0)
        {
            return new ScalePetitionResult(await bulk.Petitions.CountAsync(cancellationToken), 0);
        }

        var official = await bulk.OfficialDays.AsNoTracking().ToListAsync(cancellationToken);
        var legalClock = new PetitionClock(LegalDeadlineRules.Book, new WorkingCalendar(official.Select(d => d.ToAdjustment())));
#pragma warning disable CA5394 // Deterministic data for benchmarks, not security.
        var random = new Random(seed);
        var added = 0;
        await using var transaction = await bulk.Database.BeginTransactionAsync(cancellationToken);
        foreach (var batch in organizations.Chunk(OrganizationsPerBatch))
        {
            var petitions = new List<Petition>(batch.Length * PerOrganization);
            foreach (var organization in batch)
            {
                for (var i = 0; i < PerOrganization; i++)
                {
                    petitions.Add(PetitionSamples.Make(random, organization, today, DaysBack, legalClock, now, withHistory: false, neverDecidedOneIn: 40, unresolvedOneIn: 30));
                }
            }

            var last = await bulk.Petitions.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;
            await BulkInsert.InsertAsync(bulk, petitions, cancellationToken);
            var ids = await bulk.Petitions.AsNoTracking().Where(p => p.Id > last).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
            var senders = new List<Petitioner>(petitions.Count);
            for (var i = 0; i < petitions.Count; i++)
            {
                foreach (var sender in petitions[i].Petitioners)
                {
                    sender.PetitionId = ids[i];
                    senders.Add(sender);
                }
            }

            await BulkInsert.InsertAsync(bulk, senders, cancellationToken);
            added += petitions.Count;
            progress?.Report(new ScaleSeedProgress("Đơn thư", added, organizations.Count * PerOrganization));
        }
#pragma warning restore CA5394

        var central = await bulk.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);
        await PetitionCounts.RebuildAsync(bulk, cancellationToken);
        bulk.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, central, AuditAction, new { Organizations = organizations.Count, Petitions = added }));
        await bulk.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ScalePetitionResult(await bulk.Petitions.CountAsync(cancellationToken), added);
    }
}

/// <summary>What the petition seeding did: the petitions now in the database, and those it added.</summary>
public sealed record ScalePetitionResult(int Petitions, int Added);
