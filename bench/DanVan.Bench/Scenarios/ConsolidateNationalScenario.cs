using System.Data.Common;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>consolidate-national</c>: the consolidation of the latest quarter of the quarterly form for
/// the central commission — every indicator totalled per province and for the nation, and per
/// province the expected, on-time, late and returned reports — as the consolidation page computes
/// it (<see cref="ReportConsolidation"/>, figures and completeness). The baselines are hand-written
/// SQL returning the same per-province figures, which the scenario combines the same way.
/// </summary>
internal sealed class ConsolidateNationalScenario : IScenario
{
    private const string Received = "r.\"PeriodKey\" = @period AND r.\"FormId\" = @form AND r.\"Status\" IN (1, 2)";

    private const string Completeness = """
        SELECT c."Id" AS "ChildId", COUNT(*),
            SUM(CASE WHEN r."Status" IN (1, 2) AND r."FirstSubmittedAt" < @deadline THEN 1 ELSE 0 END),
            SUM(CASE WHEN r."Status" IN (1, 2) AND r."FirstSubmittedAt" >= @deadline THEN 1 ELSE 0 END),
            SUM(CASE WHEN r."Status" = 3 THEN 1 ELSE 0 END)
        FROM "Organizations" c
        JOIN "Organizations" o ON o."Path" >= c."Path" AND o."Path" < (c."Path" || '~')
        LEFT JOIN "Reports" r ON r."OrganizationId" = o."Id" AND r."PeriodKey" = @period AND r."FormId" = @form
        WHERE c."ParentId" = @root AND o."Level" IN (1, 3)
            AND o."TypeId" IN (SELECT t."OrganizationTypeId" FROM "ReportFormOrganizationTypes" t WHERE t."FormId" = @form)
            AND o."ValidFrom" <= @end AND (o."ValidTo" IS NULL OR o."ValidTo" >= @end)
        GROUP BY c."Id";
        """;

    private static readonly string[] Parameters = ["root", "period", "form", "deadline", "end"];

    private readonly Dictionary<int, (string Code, Aggregation Aggregation)> _indicators = [];
    private int _formId;
    private DateTime _deadline;
    private DateOnly _end;
    private IReadOnlyList<SqlBaseline>? _baselines;

    // As in the app, where it is a singleton: published form versions are read once.
    private readonly FormStructures _forms = new();

    public string Name => "consolidate-national";

    /// <summary>
    /// Candidates: reports found first by period and form, then mapped to their province (as the
    /// app does); organisations mapped to provinces first and their reports joined; values summed
    /// per roll-up organisation first, then per province.
    /// </summary>
    public IReadOnlyList<SqlBaseline> Baselines => _baselines ??=
    [
        new SqlBaseline("reports first", $"""
            SELECT c."Id", v."IndicatorId", v."Category", COUNT(*), SUM(v."Value"), MIN(v."Value"), MAX(v."Value")
            FROM "Organizations" c
            JOIN "Organizations" o ON o."Path" >= c."Path" AND o."Path" < (c."Path" || '~')
            JOIN "Reports" r ON r."RollupOrganizationId" = o."Id"
            JOIN "ReportValues" v ON v."ReportId" = r."Id"
            WHERE c."ParentId" = @root AND {Received}
            GROUP BY c."Id", v."IndicatorId", v."Category";
            {Completeness}
            """, Parameters, ReadAsync),
        new SqlBaseline("organisations first", $"""
            WITH m AS MATERIALIZED (
                SELECT c."Id" AS "ChildId", o."Id" AS "OrgId"
                FROM "Organizations" c
                JOIN "Organizations" o ON o."Path" >= c."Path" AND o."Path" < (c."Path" || '~')
                WHERE c."ParentId" = @root)
            SELECT m."ChildId", v."IndicatorId", v."Category", COUNT(*), SUM(v."Value"), MIN(v."Value"), MAX(v."Value")
            FROM m
            JOIN "Reports" r ON r."RollupOrganizationId" = m."OrgId"
            JOIN "ReportValues" v ON v."ReportId" = r."Id"
            WHERE {Received}
            GROUP BY m."ChildId", v."IndicatorId", v."Category";
            {Completeness}
            """, Parameters, ReadAsync),
        new SqlBaseline("per organisation, then per province", $"""
            WITH s AS (
                SELECT r."RollupOrganizationId" AS "OrgId", v."IndicatorId", v."Category", COUNT(*) AS n, SUM(v."Value") AS total, MIN(v."Value") AS low, MAX(v."Value") AS high
                FROM "Reports" r JOIN "ReportValues" v ON v."ReportId" = r."Id"
                WHERE {Received}
                GROUP BY r."RollupOrganizationId", v."IndicatorId", v."Category")
            SELECT c."Id", s."IndicatorId", s."Category", SUM(s.n), SUM(s.total), MIN(s.low), MAX(s.high)
            FROM "Organizations" c
            JOIN "Organizations" o ON o."Path" >= c."Path" AND o."Path" < (c."Path" || '~')
            JOIN s ON s."OrgId" = o."Id"
            WHERE c."ParentId" = @root
            GROUP BY c."Id", s."IndicatorId", s."Category";
            {Completeness}
            """, Parameters, ReadAsync),
    ];

    public string Describe(IReadOnlyList<string> inputs) => $"the nation, latest quarter ({string.Join(", ", inputs)}), {_indicators.Count} indicators";

    public async Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var form = await db.ReportForms.AsNoTracking().Include(f => f.Indicators)
            .SingleAsync(f => f.Code == ReportFormTemplates.Quarterly && f.Status == ReportFormStatus.Published, cancellationToken);
        _formId = form.Id;
        foreach (var indicator in form.Indicators)
        {
            _indicators[indicator.Id] = (indicator.Code, indicator.Aggregation);
        }

        var period = await db.Reports.Where(r => r.FormId == form.Id).MaxAsync(r => r.PeriodKey, cancellationToken);
        var parsed = ReportingPeriod.Parse(period);
        _deadline = form.Schedule.DeadlineEndsAtUtc(parsed);
        _end = parsed.End;
        var central = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);
        return [string.Create(CultureInfo.InvariantCulture, $"{central}|{period}")];
    }

    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var (root, period) = Split(input);
        var (result, _, error) = await new ReportConsolidation(db, _forms, TimeProvider.System)
            .ComputeAsync(root, ReportFormTemplates.Quarterly, period, ConsolidationParts.Figures, cancellationToken);
        if (result is null)
        {
            throw new InvalidOperationException(error ?? "No consolidation.");
        }

        var keys = result.Indicators.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => Key("nation", i.Code, i.Value))
            .Concat(result.Children.Where(c => !c.IsSelf).OrderBy(c => c.OrganizationId).SelectMany(c =>
                c.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => Key(c.OrganizationId.ToString(CultureInfo.InvariantCulture), v.Key, v.Value))
                    .Prepend(Tally(c.OrganizationId, c.Completeness.Expected, c.Completeness.OnTime, c.Completeness.Late, c.Completeness.Returned))))
            .ToList();
        return new ScenarioAnswer(result.Completeness.Expected, keys);
    }

    public IReadOnlyList<object> BaselineArguments(string input)
    {
        var (root, period) = Split(input);
        return [root, period, _formId, _deadline, _end];
    }

    public void Dispose()
    {
        foreach (var baseline in _baselines ?? [])
        {
            baseline.Dispose();
        }
    }

    private async Task<ScenarioAnswer> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var byChild = new Dictionary<int, Dictionary<string, Aggregate>>();
        var nation = new Dictionary<string, Aggregate>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var child = reader.GetInt32(0);
            var (code, _) = _indicators[reader.GetInt32(1)];
            if (Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture) != 0)
            {
                continue;
            }

            var partial = new Aggregate(Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture), reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6));
            if (!byChild.TryGetValue(child, out var figures))
            {
                byChild[child] = figures = new Dictionary<string, Aggregate>(StringComparer.Ordinal);
            }

            figures[code] = figures.GetValueOrDefault(code).Combine(partial);
            nation[code] = nation.GetValueOrDefault(code).Combine(partial);
        }

        await reader.NextResultAsync(cancellationToken);
        var tallies = new List<(int Child, int Expected, int OnTime, int Late, int Returned)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tallies.Add((reader.GetInt32(0), Int(reader, 1), Int(reader, 2), Int(reader, 3), Int(reader, 4)));
        }

        var ordered = _indicators.Values.ToList();
        var keys = _indicators.OrderBy(i => i.Value.Code, StringComparer.Ordinal).Select(i => Key("nation", i.Value.Code, nation.GetValueOrDefault(i.Value.Code).ValueFor(i.Value.Aggregation))).ToList();
        var children = tallies.Select(t => t.Child).Union(byChild.Keys).Order();
        foreach (var child in children)
        {
            var tally = tallies.FirstOrDefault(t => t.Child == child);
            keys.Add(Tally(child, tally.Expected, tally.OnTime, tally.Late, tally.Returned));
            var figures = byChild.GetValueOrDefault(child) ?? [];
            keys.AddRange(ordered.OrderBy(i => i.Code, StringComparer.Ordinal)
                .Select(i => Key(child.ToString(CultureInfo.InvariantCulture), i.Code, figures.GetValueOrDefault(i.Code).ValueFor(i.Aggregation))));
        }

        return new ScenarioAnswer(tallies.Sum(t => t.Expected), keys);
    }

    private static int Int(DbDataReader reader, int column) => reader.IsDBNull(column) ? 0 : Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);

    private static string Tally(int child, int expected, int onTime, int late, int returned) =>
        string.Create(CultureInfo.InvariantCulture, $"{child}:{expected}/{onTime}/{late}/{returned}");

    private static string Key(string owner, string code, double? value) =>
        string.Create(CultureInfo.InvariantCulture, $"{owner}:{code}={(value is { } v ? Math.Round(v, 6).ToString("R", CultureInfo.InvariantCulture) : "-")}");

    private static (int Root, string Period) Split(string input)
    {
        var parts = input.Split('|');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]);
    }
}
