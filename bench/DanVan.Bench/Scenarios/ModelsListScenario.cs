using System.Data.Common;
using System.Globalization;
using System.Text;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using DanVan.Web.Features.Models;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>models-list</c>: a province's "Dân vận khéo" models as the model list (<c>/Models</c>, and
/// <c>GET /api/v1/models</c>) shows them — the models of every organisation in the subtree of its
/// commission that the filters leave, the total and a page of 20, newest start first, each with
/// its organisation's name and whether it is recognised today or its recognition has lapsed —
/// with the app's own query (<see cref="ModelListQuery"/>, the filters read by
/// <see cref="ModelFilter.Parse"/>). The provinces take the filters in turn.
/// </summary>
internal sealed class ModelsListScenario : IScenario
{
    /// <summary>Query strings as the list page gets them: page 1 and a later one, each filter alone and some together.</summary>
    private static readonly string[] Filters =
    [
        "",
        "p=6",
        "field=Economy",
        "year=2024",
        "recognition=Recognised",
        "q=nong+thon",
        "field=DefenceSecurity&q=camera",
        "recognition=Expired&p=2",
        "level=Commune&recognition=None",
        "year=2023&p=2",
    ];

    private const string InSubtree = "m.\"OrganizationId\" IN (SELECT o.\"Id\" FROM \"Organizations\" AS o WHERE o.\"Path\" >= @root AND o.\"Path\" < @upper)";
    private const string Holds = "EXISTS (SELECT 1 FROM \"ModelRecognitions\" AS r WHERE r.\"ModelId\" = m.\"Id\" AND r.\"ValidFrom\" <= @today AND (r.\"LastDay\" IS NULL OR r.\"LastDay\" >= @today))";
    private const string Lapsed = "EXISTS (SELECT 1 FROM \"ModelRecognitions\" AS r WHERE r.\"ModelId\" = m.\"Id\" AND r.\"LastDay\" < @today)";
    private const string Row = "m.\"Id\", m.\"Name\", m.\"Field\", m.\"OrganizationId\", m.\"Level\", m.\"StartedOn\", m.\"IsPublished\", m.\"OriginId\"";
    private const string OrderBy = "m.\"StartedOn\" DESC, m.\"Id\" DESC";

    private readonly bool _postgres;

    /// <summary>
    /// Candidates, each written for the filters given (one prepared statement per set of filters):
    /// (for the nation, with no subtree condition) count, then the page joined to its organisations; count, then the page's ids first and only
    /// their rows read and joined; on PostgreSQL also each organisation's filtered models read by a
    /// <c>LATERAL</c> join (<c>OFFSET 0</c> as the fence), then the page's ids first; the page's ids,
    /// then their rows with the total as an uncorrelated subquery (one statement; on PostgreSQL over
    /// the <c>LATERAL</c> join).
    /// </summary>
    private readonly bool national;

    public ModelsListScenario(bool postgres, bool national = false)
    {
        this.national = national;
        _postgres = postgres;
        List<SqlBaseline> baselines =
        [
            new SqlBaseline("count, then page", arguments => Statement((Input)arguments[0], Shape.Joined), ReadAsync),
            new SqlBaseline("count, then the page's ids, then their rows", arguments => Statement((Input)arguments[0], Shape.PageFirst), ReadAsync),
            new SqlBaseline("the page's ids, then their rows with the total as a subquery", arguments => Statement((Input)arguments[0], Shape.TotalInPage), ReadTotalInPageAsync),
        ];
        if (postgres)
        {
            baselines.Add(new SqlBaseline("each organisation's models (LATERAL), page's ids first", arguments => Statement((Input)arguments[0], Shape.Lateral), ReadAsync));
        }

        Baselines = baselines;
    }

    public string Name => BenchRoots.Name("models-list", national);

    public IReadOnlyList<SqlBaseline> Baselines { get; }

    public string Describe(IReadOnlyList<string> inputs) =>
        $"{inputs.Count} provincial subtrees in turn, each with one of {Filters.Length} filters ({string.Join(" | ", Filters.Select(f => f.Length == 0 ? "none" : f))}); newest first, page of {PagingSize}";

    private static int PagingSize => DanVan.Web.Infrastructure.Paging.DefaultPageSize;

    /// <summary>"/1/5/ field=Economy": a provincial commission's path and the list's query string.</summary>
    public async Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var paths = await BenchRoots.PathsAsync(db, national, cancellationToken);
        return national ? [.. Filters.Select(f => $"{paths[0]} {f}")] : paths.Select((path, i) => $"{path} {Filters[i % Filters.Length]}").ToList();
    }

    /// <summary>The list page's query, as <c>ModelDirectory.ListAsync</c> runs it once it has the subtree.</summary>
    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var (path, filter) = Parse(input);
        var wholeTree = await db.Organizations.IsWholeTreeAsync(path, cancellationToken);
        var page = await new ModelListQuery(db, TimeProvider.System).PageAsync(path, wholeTree, filter, cancellationToken);
        return new ScenarioAnswer(page.Total, page.Items.Select(m => Key(m.Id, m.Recognition)).ToList());
    }

    public IReadOnlyList<object> BaselineArguments(string input)
    {
        var (path, filter) = Parse(input);
        return [new Input(path, filter, ReportSchedule.VietnamDay(DateTime.UtcNow))];
    }

    public void Dispose()
    {
        foreach (var baseline in Baselines)
        {
            baseline.Dispose();
        }
    }

    private static (string Path, ModelFilter Filter) Parse(string input)
    {
        var space = input.IndexOf(' ', StringComparison.Ordinal);
        var query = input[(space + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1].Replace('+', ' ')));
        var (filter, errors) = ModelFilter.Parse(null, query.GetValueOrDefault("field"), query.GetValueOrDefault("level"), query.GetValueOrDefault("year"),
            query.GetValueOrDefault("recognition"), query.GetValueOrDefault("q"), query.GetValueOrDefault("p"), null);
        return errors.Any ? throw new InvalidOperationException($"models-list: bad filter \"{input}\".") : (input[..space], filter);
    }

    /// <summary>The SQL for one set of filters: the conditions the filters need and nothing else.</summary>
    private SqlStatement Statement(Input input, Shape shape)
    {
        var filter = input.Filter;
        var names = new List<string> { "root", "upper", "today" };
        var values = new List<object> { input.Path, OrganizationPath.UpperBound(input.Path), input.Today };
        var where = new StringBuilder();
        if (filter.Field is { } field)
        {
            where.Append(" AND m.\"Field\" = @field");
            names.Add("field");
            values.Add((int)field);
        }

        if (filter.Level is { } level)
        {
            // As the app writes it: "+ 0" keeps SQLite from reading every model of the level in the country by the (level, start) index.
            where.Append(" AND m.\"Level\" + 0 = @level");
            names.Add("level");
            values.Add((int)level);
        }

        if (filter.Year is { } year)
        {
            where.Append(" AND m.\"StartedOn\" >= @from AND m.\"StartedOn\" <= @to");
            names.AddRange(["from", "to"]);
            values.AddRange([new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)]);
        }

        where.Append(filter.Recognition switch
        {
            ModelRecognitionState.Recognised => $" AND {Holds}",
            ModelRecognitionState.Expired => $" AND {Lapsed} AND NOT {Holds}",
            ModelRecognitionState.None => " AND NOT EXISTS (SELECT 1 FROM \"ModelRecognitions\" AS r WHERE r.\"ModelId\" = m.\"Id\")",
            _ => string.Empty,
        });
        foreach (var (term, i) in VietnameseText.SearchTerms(filter.Q).Select((t, i) => (t, i)))
        {
            // PostgreSQL: a LIKE pattern, which the trigram index serves; the bench's words need no escaping.
            where.Append(_postgres ? $" AND m.\"SearchFolded\" LIKE @t{i}" : $" AND instr(m.\"SearchFolded\", @t{i}) > 0");
            names.Add($"t{i}");
            values.Add(_postgres ? $"%{term}%" : term);
        }

        names.AddRange(["size", "offset"]);
        values.AddRange([filter.PageSize, (filter.Page - 1) * filter.PageSize]);
        // The filtered models of the subtree: by the IN list, or (PostgreSQL) each organisation's by a LATERAL join.
        var source = shape == Shape.Lateral || (shape == Shape.TotalInPage && _postgres)
            ? $"""
                "Organizations" AS s
                CROSS JOIN LATERAL (SELECT m."Id", m."StartedOn" FROM "ExemplaryModels" AS m WHERE m."OrganizationId" = s."Id"{where} OFFSET 0) AS m
                WHERE s."Path" >= @root AND s."Path" < @upper
                """
            : $"\"ExemplaryModels\" AS m WHERE {(national ? "1 = 1" : InSubtree)}{where}";
        var count = $"SELECT COUNT(*) FROM {source}";
        var pageIds = $"SELECT m.\"Id\" FROM {source} ORDER BY {OrderBy} LIMIT @size OFFSET @offset";
        const string PageRows = "JOIN \"ExemplaryModels\" AS m ON m.\"Id\" = p.\"Id\" JOIN \"Organizations\" AS o ON o.\"Id\" = m.\"OrganizationId\"";
        var page = shape switch
        {
            Shape.Joined => $"""
                {count};
                SELECT {Row}, o."Name", {Holds}, {Lapsed}
                FROM "ExemplaryModels" AS m JOIN "Organizations" AS o ON o."Id" = m."OrganizationId"
                WHERE {(national ? "1 = 1" : InSubtree)}{where} ORDER BY {OrderBy} LIMIT @size OFFSET @offset
                """,
            Shape.TotalInPage => $"""
                SELECT {Row}, o."Name", {Holds}, {Lapsed}, ({count})
                FROM ({pageIds}) AS p {PageRows} ORDER BY {OrderBy}
                """,
            _ => $"""
                {count};
                SELECT {Row}, o."Name", {Holds}, {Lapsed}
                FROM ({pageIds}) AS p {PageRows} ORDER BY {OrderBy}
                """,
        };
        return new SqlStatement(page, names, values);
    }

    private static async Task<ScenarioAnswer> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var total = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        await reader.NextResultAsync(cancellationToken);
        var (keys, _) = await ReadPageAsync(reader, cancellationToken);
        return new ScenarioAnswer(total, keys);
    }

    /// <summary>The page with the total in its last column (none past the last page: the bench's pages are not).</summary>
    private static async Task<ScenarioAnswer> ReadTotalInPageAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var (keys, total) = await ReadPageAsync(reader, cancellationToken);
        return new ScenarioAnswer(total ?? 0, keys);
    }

    private static async Task<(List<string> Keys, int? Total)> ReadPageAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var keys = new List<string>(PagingSize);
        int? total = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            // Every column the list shows is read, as EF materialises them.
            _ = (reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetFieldValue<DateOnly>(5), reader.GetBoolean(6),
                reader.IsDBNull(7) ? (long?)null : reader.GetInt64(7), reader.GetString(8));
            var state = ModelDirectory.State(reader.GetBoolean(9), reader.GetBoolean(10));
            keys.Add(Key(reader.GetInt64(0), state));
            total ??= reader.FieldCount > 11 ? Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture) : null;
        }

        return (keys, total);
    }

    /// <summary>The model's id and its recognition state, which both sides must agree on.</summary>
    private static string Key(long id, ModelRecognitionState state) => string.Create(CultureInfo.InvariantCulture, $"{id}:{(int)state}");

    private enum Shape
    {
        Joined,
        PageFirst,
        Lateral,
        TotalInPage,
    }

    private sealed record Input(string Path, ModelFilter Filter, DateOnly Today);
}
