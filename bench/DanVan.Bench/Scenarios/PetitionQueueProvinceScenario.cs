using System.Data.Common;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Petitions;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>petition-queue-province</c>: a province's petition queue — the open petitions (registered or
/// accepted) of every organisation in the subtree of its commission, the total and the first page
/// of 50 by nearest legal deadline, each with its organisation's name and first senders' names
/// (what the queue page shows), with the app's own query (<see cref="PetitionQueries"/>).
/// </summary>
internal sealed class PetitionQueueProvinceScenario(bool national = false) : IScenario
{
    private const int PageSize = 50;

    private const string InSubtree = "p.\"OrganizationId\" IN (SELECT o.\"Id\" FROM \"Organizations\" AS o WHERE o.\"Path\" >= @root AND o.\"Path\" < @upper)";
    private const string Open = "p.\"Status\" IN (1, 2)";
    private const string Row = "p.\"Id\", p.\"TrackingCode\", p.\"Kind\", p.\"Summary\", p.\"OrganizationId\", p.\"ReceivedOn\", p.\"Status\", p.\"DueOn\"";
    private const string OrganizationName = "(SELECT o.\"Name\" FROM \"Organizations\" AS o WHERE o.\"Id\" = p.\"OrganizationId\")";
    private const string FirstSender = "(SELECT n.\"FullName\" FROM \"Petitioners\" AS n WHERE n.\"PetitionId\" = p.\"Id\" ORDER BY n.\"Id\" LIMIT 1)";
    private const string OrderBy = "p.\"DueOn\" IS NULL, p.\"DueOn\", p.\"Id\" DESC";

    private static readonly string[] Parameters = ["root", "upper"];

    public string Name => BenchRoots.Name("petition-queue-province", national);

    /// <summary>Candidates: the subtree's organisations as an IN list, or joined; count and page in one command or with a window count.</summary>
    public IReadOnlyList<SqlBaseline> Baselines { get; } =
    [
        .. national
            ? (SqlBaseline[])[new SqlBaseline("whole tree: count, then page", $"""
                SELECT COUNT(*) FROM "Petitions" AS p WHERE {Open};
                SELECT {Row}, {OrganizationName}, {FirstSender}
                FROM "Petitions" AS p WHERE {Open} ORDER BY {OrderBy} LIMIT {PageSize}
                """, Parameters, ReadCountThenPageAsync),
                // The page narrowed to the petitions due by its 50th deadline, which the status index gives without reading a petition.
                new SqlBaseline("whole tree: count, then page up to the 50th deadline", $"""
                SELECT COUNT(*) FROM "Petitions" AS p WHERE {Open};
                SELECT {Row}, {OrganizationName}, {FirstSender}
                FROM "Petitions" AS p WHERE {Open}
                    AND p."DueOn" <= (SELECT p."DueOn" FROM "Petitions" AS p WHERE {Open} ORDER BY p."DueOn" IS NULL, p."DueOn" LIMIT 1 OFFSET {PageSize - 1})
                ORDER BY {OrderBy} LIMIT {PageSize}
                """, Parameters, ReadCountThenPageAsync)]
            : [],
        new SqlBaseline("count, then page (IN subtree)", $"""
            SELECT COUNT(*) FROM "Petitions" AS p WHERE {Open} AND {InSubtree};
            SELECT {Row}, {OrganizationName}, {FirstSender}
            FROM "Petitions" AS p WHERE {Open} AND {InSubtree} ORDER BY {OrderBy} LIMIT {PageSize}
            """, Parameters, ReadCountThenPageAsync),
        new SqlBaseline("count, then page (join)", $"""
            SELECT COUNT(*) FROM "Petitions" AS p JOIN "Organizations" AS o ON o."Id" = p."OrganizationId"
            WHERE {Open} AND o."Path" >= @root AND o."Path" < @upper;
            SELECT {Row}, o."Name", {FirstSender}
            FROM "Petitions" AS p JOIN "Organizations" AS o ON o."Id" = p."OrganizationId"
            WHERE {Open} AND o."Path" >= @root AND o."Path" < @upper ORDER BY {OrderBy} LIMIT {PageSize}
            """, Parameters, ReadCountThenPageAsync),
    ];

    public string Describe(IReadOnlyList<string> inputs) => $"{inputs.Count} provincial subtrees in turn; open petitions by deadline, page of {PageSize}";

    public Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        BenchRoots.PathsAsync(db, national, cancellationToken);

    /// <summary>The query of Web/Features/Petitions/PetitionDirectory.QueueAsync for the "Đang xử lý" view, page 1.</summary>
    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var petitions = db.Petitions.AsNoTracking().WithinSubtree(db, input, await db.Organizations.IsWholeTreeAsync(input, cancellationToken)).StillOpen();
        var total = await petitions.CountAsync(cancellationToken);
        var narrowed = await petitions.NarrowedToPageAsync(db, p => p.DueOn, 0, PageSize, total, cancellationToken);
        var rows = await narrowed.ByDeadline().Take(PageSize).ToQueuePageAsync(db, cancellationToken);
        return new ScenarioAnswer(total, rows.ConvertAll(r => r.Id.ToString(CultureInfo.InvariantCulture)));
    }

    public IReadOnlyList<object> BaselineArguments(string input) => [input, OrganizationPath.UpperBound(input)];

    public void Dispose()
    {
        foreach (var baseline in Baselines)
        {
            baseline.Dispose();
        }
    }

    private static async Task<ScenarioAnswer> ReadCountThenPageAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var total = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        await reader.NextResultAsync(cancellationToken);
        var ids = new List<string>(PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Every column the queue shows is read, as EF materialises them.
            _ = (reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4), reader.GetFieldValue<DateOnly>(5), reader.GetInt32(6),
                reader.IsDBNull(7) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(7), reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9));
            ids.Add(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
        }

        return new ScenarioAnswer(total, ids);
    }
}
