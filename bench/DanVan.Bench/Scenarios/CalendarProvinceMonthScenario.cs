using System.Data.Common;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Meetings;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>calendar-province-month</c>: a province's meeting calendar for one month — every meeting
/// starting that month hosted inside the subtree of its commission or with a bridge point inside
/// it, in time order, each with its type's name, host's name and level and its number of bridge
/// points — with the app's own query
/// (<see cref="MeetingQueries.VisibleWithin"/>, <see cref="MeetingQueries.Matching"/>, <see cref="MeetingQueries.ToRowsAsync"/>).
/// </summary>
internal sealed class CalendarProvinceMonthScenario : IScenario
{
    /// <summary>The month shown: October 2026, whose briefings are past, with their bridge points' status.</summary>
    public static readonly DateTime From = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static readonly DateTime To = From.AddMonths(1);

    private const string Subtree = "SELECT o.\"Id\" FROM \"Organizations\" AS o WHERE o.\"Path\" >= @root AND o.\"Path\" < @upper";
    private const string InMonth = "m.\"StartsAt\" >= @from AND m.\"StartsAt\" < @to";
    private const string Row = """
        m."Id", m."Title", m."TypeId", t."Name", m."StartsAt", m."EndsAt", m."Place", m."Mode", m."IsCancelled", m."HostOrganizationId", h."Name", h."Level",
        (SELECT COUNT(*) FROM "BridgePoints" AS b WHERE b."MeetingId" = m."Id")
        """;
    private const string Joins = """
        JOIN "MeetingTypes" AS t ON t."Id" = m."TypeId"
        JOIN "Organizations" AS h ON h."Id" = m."HostOrganizationId"
        """;

    private static readonly string[] Parameters = ["root", "upper", "from", "to"];

    public string Name => BenchRoots.Name("calendar-province-month", national);

    /// <summary>
    /// Candidates: the hosted and the connected meetings' ids as a union; the same with the
    /// connected ones found from the month's meetings rather than from the subtree's bridge points;
    /// on PostgreSQL also with each organisation's bridge points read by a LATERAL join (the app's
    /// shape there, see <see cref="MeetingQueries.VisibleWithin"/>); on SQLite also the month's meetings filtered by host or by an existing bridge point
    /// (PostgreSQL runs that EXISTS as a subplan per meeting: a quarter of a second a run).
    /// </summary>
    private readonly bool national;

    public CalendarProvinceMonthScenario(bool postgres, bool national = false)
    {
        this.national = national;
        List<SqlBaseline> baselines =
        [
            new SqlBaseline("union of ids", $"""
                WITH s AS ({Subtree}),
                ids AS (
                    SELECT m."Id" FROM "Meetings" AS m WHERE m."HostOrganizationId" IN (SELECT "Id" FROM s) AND {InMonth}
                    UNION
                    SELECT m."Id" FROM "BridgePoints" AS p JOIN "Meetings" AS m ON m."Id" = p."MeetingId"
                    WHERE p."OrganizationId" IN (SELECT "Id" FROM s) AND {InMonth})
                SELECT {Row}
                FROM "Meetings" AS m JOIN ids ON ids."Id" = m."Id" {Joins}
                ORDER BY m."StartsAt", m."Id"
                """, Parameters, ReadAsync),
            new SqlBaseline("hosted, union connected from the month", $"""
                WITH s AS ({Subtree}),
                ids AS (
                    SELECT m."Id" FROM "Meetings" AS m WHERE m."HostOrganizationId" IN (SELECT "Id" FROM s) AND {InMonth}
                    UNION
                    SELECT p."MeetingId" FROM "Meetings" AS m JOIN "BridgePoints" AS p ON p."MeetingId" = m."Id"
                    WHERE {InMonth} AND p."OrganizationId" IN (SELECT "Id" FROM s))
                SELECT {Row}
                FROM "Meetings" AS m JOIN ids ON ids."Id" = m."Id" {Joins}
                ORDER BY m."StartsAt", m."Id"
                """, Parameters, ReadAsync),
        ];
        if (national)
        {
            // The nation is every organisation: every meeting of the month, by the start index.
            baselines.Add(new SqlBaseline("whole tree: the month's meetings", $"""
                SELECT {Row}
                FROM "Meetings" AS m {Joins}
                WHERE {InMonth}
                ORDER BY m."StartsAt", m."Id"
                """, Parameters, ReadAsync));
        }

        if (postgres)
        {
            // The app's shape on PostgreSQL: each organisation's bridge points read by a LATERAL join (OFFSET 0 keeps it from being flattened).
            baselines.Add(new SqlBaseline("union of ids, connected by LATERAL", $"""
                WITH ids AS (
                    SELECT m."Id" FROM "Meetings" AS m WHERE m."HostOrganizationId" IN ({Subtree}) AND {InMonth}
                    UNION
                    SELECT m."Id" FROM "Organizations" AS o
                    CROSS JOIN LATERAL (SELECT p."MeetingId" FROM "BridgePoints" AS p WHERE p."OrganizationId" = o."Id" OFFSET 0) AS p
                    JOIN "Meetings" AS m ON m."Id" = p."MeetingId"
                    WHERE o."Path" >= @root AND o."Path" < @upper AND {InMonth})
                SELECT {Row}
                FROM "Meetings" AS m JOIN ids ON ids."Id" = m."Id" {Joins}
                ORDER BY m."StartsAt", m."Id"
                """, Parameters, ReadAsync));
        }
        else
        {
            baselines.Add(new SqlBaseline("month's meetings, host or bridge point", $"""
                SELECT {Row}
                FROM "Meetings" AS m {Joins}
                WHERE {InMonth} AND (m."HostOrganizationId" IN ({Subtree})
                    OR EXISTS (SELECT 1 FROM "BridgePoints" AS p WHERE p."MeetingId" = m."Id" AND p."OrganizationId" IN ({Subtree})))
                ORDER BY m."StartsAt", m."Id"
                """, Parameters, ReadAsync));
        }

        Baselines = baselines;
    }

    public IReadOnlyList<SqlBaseline> Baselines { get; }

    public string Describe(IReadOnlyList<string> inputs) => $"{inputs.Count} provincial subtrees in turn; meetings starting in {From:yyyy-MM}";

    public Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        BenchRoots.PathsAsync(db, national, cancellationToken);

    /// <summary>The calendar page's month view for the subtree, no filter.</summary>
    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var wholeTree = await db.Organizations.IsWholeTreeAsync(input, cancellationToken);
        var rows = await db.VisibleWithin(input, wholeTree, From, To).Matching(db, new MeetingFilter()).ToRowsAsync(db, cancellationToken);
        return new ScenarioAnswer(rows.Count, rows.ConvertAll(r => r.Id.ToString(CultureInfo.InvariantCulture)));
    }

    public IReadOnlyList<object> BaselineArguments(string input) => [input, OrganizationPath.UpperBound(input), From, To];

    public void Dispose()
    {
        foreach (var baseline in Baselines)
        {
            baseline.Dispose();
        }
    }

    private static async Task<ScenarioAnswer> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            // Every column the calendar shows is read, as EF materialises them.
            _ = (reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetDateTime(4), reader.GetDateTime(5), reader.GetString(6),
                reader.GetInt32(7), reader.GetBoolean(8), reader.GetInt32(9), reader.GetString(10), reader.GetInt32(11), Convert.ToInt32(reader.GetValue(12), CultureInfo.InvariantCulture));
            ids.Add(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
        }

        return new ScenarioAnswer(ids.Count, ids);
    }
}
