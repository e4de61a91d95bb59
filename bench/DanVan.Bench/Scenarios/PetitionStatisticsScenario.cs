using System.Data.Common;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Accounts;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Web.Features.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>petition-statistics</c>: the petition statistics page as a central leader opens it — grouped by
/// kind, for the nation and for a province, this year (1 January to today, the page's default) and
/// the last five years — through the page's own service (<see cref="PetitionStatistics"/>: the
/// reader's access checked, whole months from the month counts, the cut months and the overdue from
/// the petitions). The baselines are hand-written SQL for the same table: the same reads in one
/// statement, or every petition of the range grouped afresh.
/// </summary>
internal sealed class PetitionStatisticsScenario : IScenario
{
    // Markers each statement fills for its input: the subtree as an IN list or a condition on the
    // joined organisation, or nothing at all for the nation's subtree (every organisation), as the app does.
    private const string InSubtree = "{in-subtree}";
    private const string JoinedSubtree = "{joined-subtree}";

    // Received, accepted, resolved, refused, forwarded, withdrawn, open, on time, late, overdue, duplicates.
    private const string PetitionCounters = """
        SUM(CASE WHEN p."Status" <> 8 THEN 1 ELSE 0 END), SUM(CASE WHEN p."AcceptedOn" IS NOT NULL THEN 1 ELSE 0 END),
        SUM(CASE WHEN p."ResolvedOn" IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN p."RefusalReason" IS NOT NULL THEN 1 ELSE 0 END),
        SUM(CASE WHEN p."ForwardedTo" IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN p."Status" = 6 THEN 1 ELSE 0 END),
        SUM(CASE WHEN p."Status" IN (1, 2) THEN 1 ELSE 0 END), SUM(CASE WHEN p."Status" <> 8 AND p."HandledOnTime" THEN 1 ELSE 0 END),
        SUM(CASE WHEN p."Status" <> 8 AND NOT p."HandledOnTime" THEN 1 ELSE 0 END),
        SUM(CASE WHEN p."Status" IN (1, 2) AND p."DueOn" < @today THEN 1 ELSE 0 END), SUM(CASE WHEN p."Status" = 8 THEN 1 ELSE 0 END)
        """;

    private static readonly string[] Parameters = ["root", "path", "upper", "fm", "tm", "s1", "e1", "s2", "e2", "from", "to", "today"];

    private readonly HashSet<string> _wholeTree = [];

    private readonly Dictionary<string, (int Id, string Path)> _roots = [];
    private string _leader = string.Empty;
    private DateOnly _today;

    public string Name => "petition-statistics";

    public IReadOnlyList<SqlBaseline> Baselines { get; } =
    [
        new SqlBaseline("month counts, cut months and overdue", arguments => Statement(arguments, $"""
            SELECT c."Kind", SUM(c."Received"), SUM(c."Accepted"), SUM(c."Resolved"), SUM(c."Refused"), SUM(c."Forwarded"), SUM(c."Withdrawn"),
                SUM(c."Open"), SUM(c."OnTime"), SUM(c."Late"), 0, SUM(c."Duplicates")
            FROM "PetitionMonthCounts" AS c WHERE c."OrganizationId" = @root AND c."YearMonth" >= @fm AND c."YearMonth" <= @tm GROUP BY c."Kind"
            UNION ALL
            SELECT p."Kind", {PetitionCounters.Replace("p.\"DueOn\" < @today", "1 = 0", StringComparison.Ordinal)}
            FROM "Petitions" AS p JOIN "Organizations" AS o ON o."Id" = p."OrganizationId"
            WHERE ((p."ReceivedOn" >= @s1 AND p."ReceivedOn" <= @e1) OR (p."ReceivedOn" >= @s2 AND p."ReceivedOn" <= @e2)) AND {JoinedSubtree}
            GROUP BY p."Kind"
            UNION ALL
            SELECT p."Kind", 0, 0, 0, 0, 0, 0, 0, 0, 0, COUNT(*), 0
            FROM "Petitions" AS p WHERE p."Status" IN (1, 2) AND p."DueOn" < @today AND p."ReceivedOn" >= @from AND p."ReceivedOn" <= @to AND {InSubtree}
            GROUP BY p."Kind"
            """), ReadAsync),
        new SqlBaseline("every petition grouped", arguments => Statement(arguments, $"""
            SELECT p."Kind", {PetitionCounters}
            FROM "Petitions" AS p WHERE {InSubtree} AND p."ReceivedOn" >= @from AND p."ReceivedOn" <= @to
            GROUP BY p."Kind"
            """), ReadAsync),
    ];

    public string Describe(IReadOnlyList<string> inputs) => $"{inputs.Count} inputs (nation and a province, this year and five years), grouped by kind, as a central leader";

    public async Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var central = await db.Organizations.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => new { o.Id, o.Path }).FirstAsync(cancellationToken);
        var province = await db.Organizations.AsNoTracking()
            .Where(o => o.Level == OrganizationLevel.Province && o.ValidTo == null && o.Type!.Code == OrganizationTypeCatalog.Commission)
            .OrderByDescending(o => db.Organizations.Count(c => c.ParentId == o.Id)).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Path }).FirstAsync(cancellationToken);
        _leader = await BenchPeople.HolderAsync(db, central.Id, OrganizationRole.Leader, cancellationToken);
        _today = ReportSchedule.VietnamDay(DateTime.UtcNow);
        var thisYear = new DateOnly(_today.Year, 1, 1);
        var fiveYears = _today.AddYears(-5).AddDays(1);
        var wholeTree = !await db.Organizations.AnyAsync(o => o.ParentId == null && o.Id != central.Id, cancellationToken);
        var inputs = new List<string>();
        foreach (var root in new[] { (central.Id, central.Path), (province.Id, province.Path) })
        {
            foreach (var from in new[] { thisYear, fiveYears })
            {
                var input = string.Create(CultureInfo.InvariantCulture, $"{root.Id}|{from:dd/MM/yyyy}|{_today:dd/MM/yyyy}");
                _roots[input] = root;
                if (wholeTree && root.Id == central.Id)
                {
                    _wholeTree.Add(input);
                }

                inputs.Add(input);
            }
        }

        return inputs;
    }

    /// <summary>What the page (and <c>GET /api/petitions/statistics</c>) runs for a person whose role is at the central commission.</summary>
    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var parts = input.Split('|');
        var result = await new PetitionStatistics(db, BenchPeople.Scope(db, _leader), TimeProvider.System)
            .HandleAsync(int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], parts[2], "kind", cancellationToken);
        var statistics = result.Value ?? throw new InvalidOperationException($"Statistics refused: {result.Status}");
        return new ScenarioAnswer(statistics.Total.Received, [.. statistics.Rows.Select(r => Key(int.Parse(r.Key, CultureInfo.InvariantCulture), r.Tally))]);
    }

    public IReadOnlyList<object> BaselineArguments(string input)
    {
        var parts = input.Split('|');
        var from = DateOnly.ParseExact(parts[1], "dd/MM/yyyy", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(parts[2], "dd/MM/yyyy", CultureInfo.InvariantCulture);
        var (id, path) = _roots[input];
        var first = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var last = new DateOnly(to.Year, to.Month, 1);
        if (to != last.AddMonths(1).AddDays(-1))
        {
            last = last.AddMonths(-1);
        }

        var none = DateOnly.MaxValue;
        var (s1, e1, s2, e2) = first <= last
            ? (from, first.AddDays(-1), last.AddMonths(1), to)
            : (from, to, none, none.AddDays(-1));
        return [_wholeTree.Contains(input), id, path, OrganizationPath.UpperBound(path), (first.Year * 100) + first.Month, (last.Year * 100) + last.Month, s1, e1, s2, e2, from, to, _today];
    }

    public void Dispose()
    {
        foreach (var baseline in Baselines)
        {
            baseline.Dispose();
        }
    }

    // The first argument says whether the input's subtree is the whole tree; the rest are the parameters' values.
    private static SqlStatement Statement(IReadOnlyList<object> arguments, string template)
    {
        var values = arguments.Skip(1).ToList();
        if (!(bool)arguments[0])
        {
            return new SqlStatement(
                template.Replace(InSubtree, "p.\"OrganizationId\" IN (SELECT o.\"Id\" FROM \"Organizations\" AS o WHERE o.\"Path\" >= @path AND o.\"Path\" < @upper)", StringComparison.Ordinal)
                    .Replace(JoinedSubtree, "o.\"Path\" >= @path AND o.\"Path\" < @upper", StringComparison.Ordinal),
                Parameters, values);
        }

        var sql = template.Replace(" JOIN \"Organizations\" AS o ON o.\"Id\" = p.\"OrganizationId\"", string.Empty, StringComparison.Ordinal)
            .Replace(InSubtree + " AND ", string.Empty, StringComparison.Ordinal)
            .Replace(" AND " + InSubtree, string.Empty, StringComparison.Ordinal)
            .Replace(" AND " + JoinedSubtree, string.Empty, StringComparison.Ordinal);
        var names = Parameters.Where(n => n is not "path" and not "upper").ToList();
        return new SqlStatement(sql, names, [.. values.Where((_, i) => Parameters[i] is not "path" and not "upper")]);
    }

    private static string Key(int kind, PetitionTally t) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}:{t.Received}/{t.Accepted}/{t.Resolved}/{t.Refused}/{t.Forwarded}/{t.Withdrawn}/{t.Open}/{t.OnTime}/{t.Late}/{t.Overdue}/{t.Duplicates}");

    private static async Task<ScenarioAnswer> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var kinds = new SortedDictionary<int, long[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = reader.GetInt32(0);
            if (!kinds.TryGetValue(kind, out var sums))
            {
                kinds[kind] = sums = new long[11];
            }

            for (var i = 0; i < sums.Length; i++)
            {
                sums[i] += reader.IsDBNull(i + 1) ? 0 : Convert.ToInt64(reader.GetValue(i + 1), CultureInfo.InvariantCulture);
            }
        }

        var rows = kinds.Select(k => Key(k.Key, new PetitionTally(
            (int)k.Value[0], (int)k.Value[1], (int)k.Value[2], (int)k.Value[3], (int)k.Value[4], (int)k.Value[5],
            (int)k.Value[6], (int)k.Value[7], (int)k.Value[8], (int)k.Value[9], (int)k.Value[10]))).ToList();
        return new ScenarioAnswer((int)kinds.Values.Sum(v => v[0]), rows);
    }
}
