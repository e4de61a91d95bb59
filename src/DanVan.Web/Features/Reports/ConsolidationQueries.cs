using System.Data.Common;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// The reads behind consolidation. Each is one indexed pass over the period's reports in the
/// subtree; every row is assigned to the child of the root whose path holds its organisation and
/// folded into per-child partials here, rather than sorted for a GROUP BY in the database — a
/// national quarter is some 200,000 values, and sorting them costs more than streaming them. The
/// SQL runs unchanged on SQLite and PostgreSQL; numbers inlined in it are enum values and database
/// ids, never user input.
/// </summary>
internal static class ConsolidationQueries
{
    private const string ReceivedStatuses = "1, 2";

    /// <summary>
    /// Partials of every (indicator, category) slot by child; the root's own reports are under the
    /// root's id. Each received report is one row carrying its packed figures; <paramref name="maps"/>
    /// gives, per form version, where its slots fall in <paramref name="slots"/>. The whole tree's
    /// (<paramref name="wholeTree"/>) are read from the period's reports, each joined to its
    /// organisation; a smaller subtree's from its organisations, each joined to its reports by the
    /// roll-up index (<c>CROSS JOIN</c> keeps that order on SQLite, which otherwise walks the whole
    /// country's reports of the period to keep a province's: 4 ms against 1 for Hồ Chí Minh).
    /// </summary>
    public static async Task<Dictionary<int, Aggregate[]>> ValuesAsync(
        AppDbContext db, int rootId, string rootPath, bool wholeTree, string periodKey, IndicatorSlots slots, IReadOnlyDictionary<int, int[]> maps, CancellationToken cancellationToken)
    {
        var received = $"""
            r."PeriodKey" = @period AND r."FormId" IN ({Ids(maps.Keys)}) AND r."Status" IN ({ReceivedStatuses})
                AND r."Figures" IS NOT NULL AND o."Path" >= @low AND o."Path" < @high
            """;
        var sql = wholeTree
            ? $"""
                SELECT r."FormId", o."Path", r."Figures"
                FROM "Reports" r
                JOIN "Organizations" o ON o."Id" = r."RollupOrganizationId"
                WHERE {received}
                """
            : $"""
                SELECT r."FormId", o."Path", r."Figures"
                FROM "Organizations" o
                CROSS JOIN "Reports" r
                WHERE r."RollupOrganizationId" = o."Id" AND {received}
                """;
        var byChild = new Dictionary<int, Aggregate[]>();
        await using var command = await CommandAsync(db, sql, cancellationToken, ("period", periodKey), ("low", rootPath), ("high", OrganizationPath.UpperBound(rootPath)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var map = maps[reader.GetInt32(0)];
            var child = OrganizationPath.ChildUnder(rootPath, reader.GetString(1)) ?? rootId;
            if (!byChild.TryGetValue(child, out var partials))
            {
                byChild[child] = partials = new Aggregate[slots.Count];
            }

            var figures = (byte[])reader.GetValue(2);
            for (var slot = 0; slot < map.Length; slot++)
            {
                if (map[slot] >= 0 && ReportFigures.At(figures, slot) is { } value)
                {
                    partials[map[slot]] = partials[map[slot]].Combine(Aggregate.Of(value));
                }
            }
        }

        return byChild;
    }

    /// <summary>Completeness by child: every organisation of the subtree that owes the report, with the state of its report.</summary>
    public static async Task<Dictionary<int, Completeness>> CompletenessAsync(
        AppDbContext db, int rootId, string rootPath, ReportingPeriod period, IReadOnlyCollection<int> formIds, ReportObligations obligations, ReportSchedule schedule, DateTime now, CancellationToken cancellationToken)
    {
        if (obligations.RootWithin(rootPath) is not { } within)
        {
            return [];
        }

        var types = obligations.TypeIds.Count == 0 ? string.Empty : $"AND o.\"TypeId\" IN ({Ids(obligations.TypeIds)})";
        var sql = $"""
            SELECT o."Path", r."Status", r."FirstSubmittedAt"
            FROM "Organizations" o
            LEFT JOIN "Reports" r ON r."OrganizationId" = o."Id" AND r."PeriodKey" = @period AND r."FormId" IN ({Ids(formIds)})
            WHERE o."Path" >= @low AND o."Path" < @high
                AND o."Level" IN ({Ids(obligations.Levels.Select(l => (int)l))}) {types}
                AND o."ValidFrom" <= @end AND (o."ValidTo" IS NULL OR o."ValidTo" >= @end)
            """;
        var states = new Dictionary<int, List<ReceiptState>>();
        await using var command = await CommandAsync(db, sql, cancellationToken, ("period", period.Key), ("low", within), ("high", OrganizationPath.UpperBound(within)), ("end", period.End));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var child = OrganizationPath.ChildUnder(rootPath, reader.GetString(0)) ?? rootId;
            ReportStatus? status = reader.IsDBNull(1) ? null : (ReportStatus)reader.GetInt32(1);
            DateTime? sent = reader.IsDBNull(2) ? null : reader.GetDateTime(2);
            if (!states.TryGetValue(child, out var list))
            {
                states[child] = list = [];
            }

            list.Add(Receipt.StateOf(status, sent, schedule, period, now));
        }

        return states.ToDictionary(s => s.Key, s => Completeness.Of(s.Value));
    }

    private static async Task<DbCommand> CommandAsync(AppDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static string Ids(IEnumerable<int> ids)
    {
        var text = string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return text.Length == 0 ? "NULL" : text;
    }
}
