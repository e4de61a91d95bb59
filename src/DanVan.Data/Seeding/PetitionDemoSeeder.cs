using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Domain.Calendar;
using DanVan.Domain.Organizations;
using DanVan.Domain.Petitions;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>Demo petitions for the provincial commissions and the first communes of each demo province, over the last four months. Deterministic.</summary>
public sealed class PetitionDemoSeeder(AppDbContext main, TimeProvider clock)
{
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = UnauditedContext.For(main);
        if (await db.Petitions.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ReportSchedule.VietnamDay(now);
        var official = await db.OfficialDays.AsNoTracking().ToListAsync(cancellationToken);
        var legalClock = new PetitionClock(LegalDeadlineRules.Book, new WorkingCalendar(official.Select(d => d.ToAdjustment())));
        var commission = await db.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.Commission).Select(t => t.Id).SingleAsync(cancellationToken);
        var committee = await db.OrganizationTypes.Where(t => t.Code == OrganizationTypeCatalog.PartyCommittee).Select(t => t.Id).SingleAsync(cancellationToken);
        var provinces = await db.Organizations.AsNoTracking()
            .Where(o => o.Level == OrganizationLevel.Province && o.TypeId == commission && o.ValidTo == null && db.Organizations.Any(c => c.ParentId == o.Id))
            .OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var random = new Random(20261123);
        var petitions = new List<Data.Petitions.Petition>();
        foreach (var province in provinces)
        {
            var communes = await db.Organizations.AsNoTracking()
                .Where(o => o.ParentId == province.Id && o.TypeId == committee && o.ValidTo == null)
                .OrderBy(o => o.AdminUnitCode).Take(8).Select(o => o.Id).ToListAsync(cancellationToken);
            petitions.AddRange(Enumerable.Range(0, 6).Select(_ => PetitionSamples.Make(random, province.Id, today, 120, legalClock, now, withHistory: true)));
            foreach (var commune in communes)
            {
                petitions.AddRange(Enumerable.Range(0, 4).Select(_ => PetitionSamples.Make(random, commune, today, 120, legalClock, now, withHistory: true)));
            }
        }

        // Written without the interceptors, so the statistics' counts are made afresh in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Petitions.AddRange(petitions);
        await db.SaveChangesAsync(cancellationToken);
        await Data.Petitions.PetitionCounts.RebuildAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return petitions.Count;
    }
}
