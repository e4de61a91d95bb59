using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Data.Reporting;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Demo reporting: the three demo forms and five quarters of plausible quarterly reports from
/// every provincial commission and commune party committee of the demo tree, most approved, the
/// latest quarter still in review (some sent late, some returned, some missing). Deterministic.
/// </summary>
public sealed class ReportDemoSeeder(AppDbContext main, IAuditActor actor, TimeProvider clock)
{
    public const string AuditAction = "ReportDemoSeeded";
    private const int Quarters = 5;

    public async Task<int> SeedAsync(Organization central, CancellationToken cancellationToken)
    {
        await using var db = UnauditedContext.For(main);
        if (await db.ReportForms.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var typeIds = await db.OrganizationTypes
            .Where(t => t.Code == OrganizationTypeCatalog.Commission || t.Code == OrganizationTypeCatalog.PartyCommittee)
            .Select(t => t.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var forms = ReportFormTemplates.Build(central.Id, typeIds, now);
        db.ReportForms.AddRange(forms);
        await db.SaveChangesAsync(cancellationToken);

        var quarterly = forms[0];
        var reporters = await db.Organizations.AsNoTracking()
            .Where(o => o.ValidTo == null && typeIds.Contains(o.TypeId) && (o.Level == OrganizationLevel.Province || o.Level == OrganizationLevel.Commune))
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Level })
            .ToListAsync(cancellationToken);
        var today = ReportSchedule.VietnamDay(now);
        var latest = ReportingPeriod.Containing(PeriodType.Quarter, today).Previous();
        var periods = Enumerable.Range(0, Quarters).Select(i => Enumerable.Range(0, i).Aggregate(latest, (p, _) => p.Previous())).Reverse().ToList();
        var random = new Random(20261122);
        var generator = new DemoReportValues(quarterly);
        var slots = new IndicatorSlots(quarterly.Indicators);
        var narratives = ReportFormTemplates.Narratives();

        var reports = new List<(Report Report, Dictionary<(int, short), double> Values, bool Province)>();
        foreach (var period in periods)
        {
            var deadline = quarterly.Schedule.DeadlineEndsAtUtc(period);
            foreach (var organization in reporters)
            {
                var isLatest = period == latest;
                var roll = random.NextDouble();
                if (isLatest && roll < 0.15)
                {
                    continue; // not sent yet
                }

                var status = !isLatest || roll >= 0.55 ? ReportStatus.Approved : roll < 0.2 ? ReportStatus.Returned : ReportStatus.Submitted;
                var late = random.NextDouble() < 0.12;
                var sent = late ? deadline.AddDays(random.Next(1, 12)) : deadline.AddDays(-random.Next(1, 14)).AddHours(-random.Next(0, 8));
                var report = new Report
                {
                    FormId = quarterly.Id,
                    OrganizationId = organization.Id,
                    RollupOrganizationId = organization.Id,
                    PeriodKey = period.Key,
                    Status = status,
                    Revision = 3,
                    CreatedAt = sent.AddDays(-3),
                    UpdatedAt = status == ReportStatus.Approved ? sent.AddDays(2) : sent,
                    UpdatedBy = "Dữ liệu mẫu",
                    FirstSubmittedAt = sent,
                    SubmittedAt = sent,
                    SubmittedBy = "Dữ liệu mẫu",
                    ReviewedAt = status is ReportStatus.Approved or ReportStatus.Returned ? sent.AddDays(2) : null,
                    ReviewedBy = status is ReportStatus.Approved or ReportStatus.Returned ? "Dữ liệu mẫu" : null,
                    ReturnReason = status == ReportStatus.Returned ? "Số liệu đơn thư chưa khớp với sổ theo dõi; đề nghị rà soát và gửi lại." : null,
                };
                var generated = generator.Generate(random, organization.Level == OrganizationLevel.Province ? 3 : 1);
                report.Figures = ReportFigures.Pack(slots, generated.Select(v => new ReportValue { IndicatorId = v.Key.IndicatorId, Category = v.Key.Category, Value = v.Value }));
                reports.Add((report, generated, organization.Level == OrganizationLevel.Province));
            }
        }

        db.Reports.AddRange(reports.Select(r => r.Report));
        await db.SaveChangesAsync(cancellationToken);

        var values = reports.SelectMany(r => r.Values.Select(v => new ReportValue { ReportId = r.Report.Id, IndicatorId = v.Key.Item1, Category = v.Key.Item2, Value = v.Value })).ToList();
        await BulkInsert.InsertAsync(db, values, cancellationToken);
        var texts = new List<ReportNarrative>();
        var periodOf = periods.ToDictionary(p => p.Key);
        foreach (var (report, _, province) in reports)
        {
            var period = periodOf[report.PeriodKey];
            foreach (var section in quarterly.Sections)
            {
                var choices = narratives[(section.Code, province ? "province" : "commune")].ToList();
                if (choices.Count > 0)
                {
                    texts.Add(new ReportNarrative { ReportId = report.Id, SectionId = section.Id, Text = choices[random.Next(choices.Count)].Replace("{quy}", period.LabelInSentence, StringComparison.Ordinal) });
                }
            }
        }

        await BulkInsert.InsertAsync(db, texts, cancellationToken);
        db.Set<AuditEntry>().Add(SummaryAudit.For(actor, clock, central.Id, AuditAction,
            new { Forms = forms.Select(f => f.Code), Reports = reports.Count, Values = values.Count }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reports.Count;
    }
}
