using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// The two set-based queries behind consolidation, in SQL both SQLite and PostgreSQL run: every
/// organisation in the subtree is mapped to the child of the root whose path range holds it (or to
/// the root itself), then values or expected reports are grouped by that child in the database.
/// Numbers inlined in the text are enum values and database ids, never user input.
/// </summary>
internal static class ConsolidationQueries
{
    public const string ReceivedStatuses = "1, 2";

    private const string ChildMap = """
        WITH m AS (
            SELECT c."Id" AS "ChildId", o."Id" AS "OrgId"
            FROM "Organizations" c
            JOIN "Organizations" o ON o."Path" >= c."Path" AND o."Path" < (c."Path" || '~')
            WHERE c."ParentId" = {0}
            UNION ALL
            SELECT {0}, {0}
        )
        """;

    public sealed class ValueRow
    {
        public int ChildId { get; set; }

        public int IndicatorId { get; set; }

        public short Category { get; set; }

        public long N { get; set; }

        public double Total { get; set; }

        public double Low { get; set; }

        public double High { get; set; }

        public Aggregate ToAggregate() => new((int)N, Total, Low, High);
    }

    public sealed class CompletenessRow
    {
        public int ChildId { get; set; }

        public long Expected { get; set; }

        public long OnTime { get; set; }

        public long Late { get; set; }

        public long Returned { get; set; }
    }

    public static Task<List<ValueRow>> ValuesAsync(AppDbContext db, int rootId, string periodKey, IReadOnlyCollection<int> formIds, CancellationToken cancellationToken)
    {
        // Reports are found first (by period and form), each mapped to the child holding its
        // roll-up organisation, then their values are read by report: the plan does not depend on
        // the planner building an index on the fly.
        var received = $$"""r."PeriodKey" = {1} AND r."FormId" IN ({{Ids(formIds)}}) AND r."Status" IN ({{ReceivedStatuses}})""";
        var sql = $$"""
            SELECT x."ChildId", v."IndicatorId", v."Category", COUNT(*) AS "N", SUM(v."Value") AS "Total", MIN(v."Value") AS "Low", MAX(v."Value") AS "High"
            FROM (
                SELECT c."Id" AS "ChildId", r."Id" AS "ReportId"
                FROM "Organizations" c
                JOIN "Organizations" o ON o."Path" >= c."Path" AND o."Path" < (c."Path" || '~')
                JOIN "Reports" r ON r."RollupOrganizationId" = o."Id"
                WHERE c."ParentId" = {0} AND {{received}}
                UNION ALL
                SELECT r."RollupOrganizationId", r."Id"
                FROM "Reports" r
                WHERE r."RollupOrganizationId" = {0} AND {{received}}
            ) x
            JOIN "ReportValues" v ON v."ReportId" = x."ReportId"
            GROUP BY x."ChildId", v."IndicatorId", v."Category"
            """;
        return db.Database.SqlQueryRaw<ValueRow>(sql, rootId, periodKey).ToListAsync(cancellationToken);
    }

    public static Task<List<CompletenessRow>> CompletenessAsync(
        AppDbContext db, int rootId, ReportingPeriod period, IReadOnlyCollection<int> formIds, ReportObligations obligations, DateTime deadlineUtc, CancellationToken cancellationToken)
    {
        var levels = Ids(obligations.Levels.Select(l => (int)l));
        var types = obligations.TypeIds.Count == 0 ? string.Empty : $"AND o.\"TypeId\" IN ({Ids(obligations.TypeIds)})";
        var sql = ChildMap + $$"""
            SELECT m."ChildId", COUNT(*) AS "Expected",
                SUM(CASE WHEN r."Status" IN ({{ReceivedStatuses}}) AND r."FirstSubmittedAt" < {2} THEN 1 ELSE 0 END) AS "OnTime",
                SUM(CASE WHEN r."Status" IN ({{ReceivedStatuses}}) AND r."FirstSubmittedAt" >= {2} THEN 1 ELSE 0 END) AS "Late",
                SUM(CASE WHEN r."Status" = 3 THEN 1 ELSE 0 END) AS "Returned"
            FROM m
            JOIN "Organizations" o ON o."Id" = m."OrgId"
            LEFT JOIN "Reports" r ON r."OrganizationId" = o."Id" AND r."PeriodKey" = {1} AND r."FormId" IN ({{Ids(formIds)}})
            WHERE o."Level" IN ({{levels}}) {{types}}
                AND o."ValidFrom" <= {3} AND (o."ValidTo" IS NULL OR o."ValidTo" >= {3})
                AND o."Path" >= {4} AND o."Path" < {5}
            GROUP BY m."ChildId"
            """;
        return db.Database.SqlQueryRaw<CompletenessRow>(sql, rootId, period.Key, deadlineUtc, period.End, obligations.OwnerPath, OrganizationPath.UpperBound(obligations.OwnerPath))
            .ToListAsync(cancellationToken);
    }

    private static string Ids(IEnumerable<int> ids)
    {
        var text = string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return text.Length == 0 ? "NULL" : text;
    }
}
