using System.Data.Common;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>org-subtree</c>: the list page of a province's organisations — every open organisation in
/// the subtree of its commission, the total and the first page of 50 ordered by level, name and
/// id, each with its type's name and whether it has children (what the list shows).
/// </summary>
internal sealed class OrgSubtreeScenario : IScenario
{
    private const int PageSize = 50;

    private const string Filter = "o.\"Path\" >= @root AND o.\"Path\" < @upper AND o.\"ValidTo\" IS NULL";
    private const string Row = "o.\"Id\", o.\"Name\", t.\"Name\", o.\"Level\", o.\"AdminUnitCode\", o.\"ParentId\", o.\"ValidFrom\", o.\"ValidTo\"";
    private const string HasChildren = "EXISTS (SELECT 1 FROM \"Organizations\" AS c WHERE c.\"ParentId\" = o.\"Id\")";
    private const string OrderBy = "o.\"Level\", o.\"NameFolded\", o.\"Id\"";

    private static readonly string[] Parameters = ["root", "upper"];

    public string Name => "org-subtree";

    /// <summary>
    /// The subtree is one range on the path index. Candidates: count then page in one command;
    /// a window count over the range with only the page joined and probed for children; the
    /// range materialised once, then counted and paged.
    /// </summary>
    public IReadOnlyList<SqlBaseline> Baselines { get; } =
    [
        new SqlBaseline("count, then page", $"""
            SELECT COUNT(*) FROM "Organizations" AS o WHERE {Filter};
            SELECT {Row}, {HasChildren}
            FROM "Organizations" AS o JOIN "OrganizationTypes" AS t ON t."Id" = o."TypeId"
            WHERE {Filter} ORDER BY {OrderBy} LIMIT {PageSize}
            """, Parameters, ReadCountThenPageAsync),
        new SqlBaseline("window count, page joined", $"""
            SELECT {Row}, {HasChildren}, o.total
            FROM (SELECT o.*, COUNT(*) OVER () AS total FROM "Organizations" AS o WHERE {Filter} ORDER BY {OrderBy} LIMIT {PageSize}) AS o
            JOIN "OrganizationTypes" AS t ON t."Id" = o."TypeId"
            ORDER BY {OrderBy}
            """, Parameters, ReadWithTotalColumnAsync),
        new SqlBaseline("materialized subtree", $"""
            WITH s AS MATERIALIZED (SELECT o.* FROM "Organizations" AS o WHERE {Filter}),
                 o AS (SELECT * FROM s AS o ORDER BY {OrderBy} LIMIT {PageSize})
            SELECT {Row}, {HasChildren}, (SELECT COUNT(*) FROM s)
            FROM o JOIN "OrganizationTypes" AS t ON t."Id" = o."TypeId"
            ORDER BY {OrderBy}
            """, Parameters, ReadWithTotalColumnAsync),
    ];

    public string Describe(IReadOnlyList<string> inputs) => $"{inputs.Count} provincial subtrees in turn; page of {PageSize}";

    /// <summary>The provincial commissions' paths, in province-code order.</summary>
    public async Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking()
            .Where(o => o.Level == OrganizationLevel.Province && o.ValidTo == null && o.Type!.Code == OrganizationTypeCatalog.Commission)
            .OrderBy(o => o.AdminUnitCode)
            .Select(o => o.Path)
            .ToListAsync(cancellationToken);

    /// <summary>The query of Web/Features/Organizations/OrganizationDirectory.SearchAsync for one subtree, no search term, open only, page 1.</summary>
    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var skip = 0;
        var organizations = db.Organizations.AsNoTracking().WithinSubtree(input).Where(o => o.ValidTo == null);
        var total = await organizations.CountAsync(cancellationToken);
        var items = await organizations
            .OrderBy(o => o.Level).ThenBy(o => o.NameFolded).ThenBy(o => o.Id)
            .Select(o => new OrganizationRow(
                o.Id, o.Name, o.Type!.Name, o.Level, o.AdminUnitCode, o.ParentId, o.ValidFrom, o.ValidTo,
                db.Organizations.Any(c => c.ParentId == o.Id)))
            .Skip(skip)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return new ScenarioAnswer(total, items.ConvertAll(Key));
    }

    public IReadOnlyList<object> BaselineArguments(string input) => [input, OrganizationPath.UpperBound(input)];

    public void Dispose()
    {
        foreach (var baseline in Baselines)
        {
            baseline.Dispose();
        }
    }

    private static async Task<ScenarioAnswer> ReadWithTotalColumnAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var total = 0;
        var ids = new List<string>(PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(Key(ReadOrganization(reader)));
            total = Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture);
        }

        return new ScenarioAnswer(total, ids);
    }

    private static async Task<ScenarioAnswer> ReadCountThenPageAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var total = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        await reader.NextResultAsync(cancellationToken);
        var ids = new List<string>(PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(Key(ReadOrganization(reader)));
        }

        return new ScenarioAnswer(total, ids);
    }

    // Every column the list shows is read, as EF materialises them.
    private static OrganizationRow ReadOrganization(DbDataReader reader) => new(
        reader.GetInt32(0), reader.GetString(1), reader.GetString(2), (OrganizationLevel)reader.GetInt32(3),
        reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt32(5),
        reader.GetFieldValue<DateOnly>(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7),
        reader.GetBoolean(8));

    private static string Key(OrganizationRow row) => row.Id.ToString(CultureInfo.InvariantCulture);

    private sealed record OrganizationRow(
        int Id, string Name, string TypeName, OrganizationLevel Level, string? AdminUnitCode, int? ParentId, DateOnly ValidFrom, DateOnly? ValidTo, bool HasChildren);
}
