using System.Data.Common;
using DanVan.Data;
using DanVan.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>unit-search</c>: administrative units whose folded name contains what a person typed
/// without diacritics, valid today — the total and the first page of 20, best matches first.
/// </summary>
internal sealed class UnitSearchScenario : IScenario
{
    private const int PageSize = 20;
    private const string Columns = "\"Code\", \"Name\", \"Type\", \"Level\", \"ParentCode\", \"FullName\", \"ValidFrom\", \"ValidTo\"";

    // Place names as people type them, from a full name ("hoa binh") to a fragment that matches
    // over a thousand units ("an").
    private static readonly string[] Terms = ["hoa binh", "da nang", "thu duc", "ha noi", "quang", "an"];

    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.Now);
    private readonly bool _postgres;

    public UnitSearchScenario(bool postgres)
    {
        _postgres = postgres;
        // SQLite: instr is the cheapest substring test; PostgreSQL: LIKE lets the trigram index work.
        var contains = postgres ? "u.\"NameFolded\" LIKE @pattern" : "instr(u.\"NameFolded\", @pattern) > 0";
        var startsWith = postgres ? "starts_with(u.\"NameFolded\", @q)" : "substr(u.\"NameFolded\", 1, length(@q)) = @q";
        var where = $"(u.\"ValidFrom\" IS NULL OR u.\"ValidFrom\" <= @on) AND (u.\"ValidTo\" IS NULL OR u.\"ValidTo\" >= @on) AND {contains}";
        var orderBy = $"CASE WHEN u.\"NameFolded\" = @q THEN 0 WHEN {startsWith} THEN 1 ELSE 2 END, u.\"Level\", u.\"NameFolded\", u.\"Code\"";
        string[] parameters = ["q", "on", "pattern"];
        Baselines =
        [
            new SqlBaseline("window count", $"""
                SELECT {Columns}, COUNT(*) OVER () FROM "AdminUnits" AS u WHERE {where} ORDER BY {orderBy} LIMIT {PageSize}
                """, parameters, ReadWithTotalColumnAsync),
            new SqlBaseline("materialized matches", $"""
                WITH u AS MATERIALIZED (SELECT {Columns}, "NameFolded" FROM "AdminUnits" AS u WHERE {where})
                SELECT {Columns}, (SELECT COUNT(*) FROM u) FROM u ORDER BY {orderBy} LIMIT {PageSize}
                """, parameters, ReadWithTotalColumnAsync),
            new SqlBaseline("count, then page", $"""
                SELECT COUNT(*) FROM "AdminUnits" AS u WHERE {where};
                SELECT {Columns} FROM "AdminUnits" AS u WHERE {where} ORDER BY {orderBy} LIMIT {PageSize}
                """, parameters, ReadCountThenPageAsync),
        ];
    }

    public string Name => "unit-search";

    public IReadOnlyList<SqlBaseline> Baselines { get; }

    public string Describe(IReadOnlyList<string> inputs) => $"terms {string.Join(", ", inputs.Select(t => $"\"{t}\""))}; page of {PageSize}";

    public Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(Terms);

    /// <summary>The web app's own search (Web/Features/Units/UnitSearch), as the page and the API call it: a term alone, page 1.</summary>
    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var search = new DanVan.Web.Features.Units.UnitSearch(db, TimeProvider.System);
        var result = await search.SearchAsync(new DanVan.Web.Features.Units.UnitQuery(input, null, null, _today, 1, PageSize), cancellationToken);
        return new ScenarioAnswer(result.Total, result.Items.Select(u => u.Code).ToList());
    }

    public IReadOnlyList<object> BaselineArguments(string input)
    {
        var folded = VietnameseText.Fold(input);
        return [folded, _today, _postgres ? "%" + EscapeLike(folded) + "%" : folded];
    }

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
        var codes = new List<string>(PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            codes.Add(ReadUnit(reader).Code);
            total = Convert.ToInt32(reader.GetValue(8), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ScenarioAnswer(total, codes);
    }

    private static async Task<ScenarioAnswer> ReadCountThenPageAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var total = Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
        await reader.NextResultAsync(cancellationToken);
        var codes = new List<string>(PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            codes.Add(ReadUnit(reader).Code);
        }

        return new ScenarioAnswer(total, codes);
    }

    // Every column the page shows is read, as EF materialises them.
    private static UnitRow ReadUnit(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
        reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
        reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7));

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private sealed record UnitRow(string Code, string Name, string Type, int Level, string? ParentCode, string FullName, DateOnly? ValidFrom, DateOnly? ValidTo);
}
