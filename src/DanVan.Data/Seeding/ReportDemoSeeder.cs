using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Data.Reporting;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Demo reporting: the three demo forms with plausible reports from every provincial commission
/// and commune party committee of the demo tree — five quarters (the latest still in review: some
/// sent late, some returned, some missing), the last two half-years and the last year, approved.
/// Deterministic.
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
        var typeIds = await ReportFormTemplates.SubmitterTypeIdsAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var forms = ReportFormTemplates.Build(central.Id, typeIds, now);
        db.ReportForms.AddRange(forms);
        await db.SaveChangesAsync(cancellationToken);

        var reporters = await db.Organizations.AsNoTracking()
            .Where(o => o.ValidTo == null && typeIds.Contains(o.TypeId) && (o.Level == OrganizationLevel.Province || o.Level == OrganizationLevel.Commune))
            .OrderBy(o => o.Id)
            .Select(o => new Reporter(o.Id, o.Level == OrganizationLevel.Province))
            .ToListAsync(cancellationToken);
        var today = ReportSchedule.VietnamDay(now);
        var random = new Random(20261122);
        var latestQuarter = ReportingPeriod.Containing(PeriodType.Quarter, today).Previous();
        var lastHalf = ReportingPeriod.Containing(PeriodType.HalfYear, today).Previous();
        var reports = new List<Planned>();
        reports.AddRange(Plan(forms[0], Back(latestQuarter, Quarters), latestQuarter, reporters, random, scale: 1));
        reports.AddRange(Plan(forms[1], Back(lastHalf, 2), latest: null, reporters, random, scale: 2));
        reports.AddRange(Plan(forms[2], [ReportingPeriod.Containing(PeriodType.Year, today).Previous()], latest: null, reporters, random, scale: 4));

        db.Reports.AddRange(reports.Select(r => r.Report));
        await db.SaveChangesAsync(cancellationToken);

        var values = reports.SelectMany(r => r.Values.Select(v => new ReportValue { ReportId = r.Report.Id, IndicatorId = v.Key.Item1, Category = v.Key.Item2, Value = v.Value })).ToList();
        await BulkInsert.InsertAsync(db, values, cancellationToken);
        var narratives = ReportFormTemplates.Narratives();
        var texts = new List<ReportNarrative>();
        foreach (var (report, _, province, period, form) in reports)
        {
            foreach (var section in form.Sections)
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

    // The periods of a type ending with the given one, oldest first.
    private static List<ReportingPeriod> Back(ReportingPeriod last, int count)
    {
        var periods = new List<ReportingPeriod> { last };
        while (periods.Count < count)
        {
            periods.Insert(0, periods[0].Previous());
        }

        return periods;
    }

    // Every reporter's report for each period: approved, mostly on time; the latest period, when
    // given, still in review — some sent, some returned, some not sent yet.
    private static IEnumerable<Planned> Plan(ReportForm form, List<ReportingPeriod> periods, ReportingPeriod? latest, List<Reporter> reporters, Random random, int scale)
    {
        var generator = new DemoReportValues(form);
        var slots = new IndicatorSlots(form.Indicators);
        foreach (var period in periods)
        {
            var deadline = form.Schedule.DeadlineEndsAtUtc(period);
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
                var generated = generator.Generate(random, (organization.Province ? 3 : 1) * scale);
                var figures = ReportFigures.Pack(slots, generated.Select(v => new ReportValue { IndicatorId = v.Key.IndicatorId, Category = v.Key.Category, Value = v.Value }));
                var report = ReportFormTemplates.SentReport(form, organization.Id, period, status, sent, "Dữ liệu mẫu", figures);
                yield return new Planned(report, generated, organization.Province, period, form);
            }
        }
    }

    private sealed record Reporter(int Id, bool Province);

    private sealed record Planned(Report Report, Dictionary<(int IndicatorId, short Category), double> Values, bool Province, ReportingPeriod Period, ReportForm Form);
}
