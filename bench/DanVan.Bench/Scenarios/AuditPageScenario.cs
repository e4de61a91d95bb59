using System.Data.Common;
using System.Globalization;
using System.Text;
using DanVan.Data;
using DanVan.Domain.Accounts;
using DanVan.Web.Features.Admin;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>audit-page</c>: the audit log (<c>/Admin/Audit</c>, <c>GET /api/v1/audit</c>) as a central
/// administrator opens and filters it over the data set's five million entries — the entries the
/// filters leave, counted up to <see cref="AuditLog.CountLimit"/>, and a page of 50, newest first —
/// with the app's own service (<see cref="AuditLog"/>). The filters are taken in turn: none, a later
/// page, a data type, a month, an organisation, an account, and some together.
/// </summary>
internal sealed class AuditPageScenario : IScenario
{
    private const int PageSize = 50;

    private const string Row = "a.\"Id\", a.\"At\", a.\"UserName\", a.\"OrganizationId\", a.\"EntityType\", a.\"EntityId\", a.\"Action\", a.\"Before\", a.\"After\"";

    private string _adminId = string.Empty;

    /// <summary>The entries the filters select counted up to the limit in a subquery, then the page, in one command.</summary>
    public IReadOnlyList<SqlBaseline> Baselines { get; } =
    [
        new SqlBaseline("capped count, then page", arguments => Statement((Filter)arguments[0]), ReadAsync),
    ];

    public string Name => "audit-page";

    public string Describe(IReadOnlyList<string> inputs) =>
        $"{inputs.Count} filters in turn ({string.Join(" | ", inputs.Select(i => i.Length == 0 ? "none" : i))}); newest first, page of {PageSize}, counted up to {AuditLog.CountLimit:N0}";

    /// <summary>Query strings as the page gets them, with an organisation and an account of the data set.</summary>
    public async Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var central = await db.Organizations.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);
        _adminId = await BenchPeople.HolderAsync(db, central, OrganizationRole.Administrator, cancellationToken);
        var someone = await db.AuditEntries.AsNoTracking().Where(a => a.UserName.StartsWith(Data.Seeding.ScalePeopleSeeder.UserNamePrefix))
            .OrderBy(a => a.Id).Select(a => new { a.UserName, a.OrganizationId }).FirstAsync(cancellationToken);
        var year = DateTime.UtcNow.Year - 2;
        return
        [
            string.Empty,
            "p=20",
            "entity=Petition",
            $"from=01/03/{year}&to=31/03/{year}",
            $"organizationId={someone.OrganizationId}",
            $"user={someone.UserName}",
            $"entity=WorkTask&from=01/06/{year}&to=30/06/{year}&p=3",
            $"user={someone.UserName}&from=01/01/{year}&to=31/12/{year}",
            $"organizationId={someone.OrganizationId}&entity=Report",
        ];
    }

    /// <summary>The page's query as <c>AuditModel.OnGetAsync</c> runs it for a central administrator.</summary>
    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var page = await new AuditLog(db, BenchPeople.Scope(db, _adminId)).SearchAsync(Parse(input).AsAuditFilter(), cancellationToken);
        return new ScenarioAnswer(page.Total, [page.TotalCapped ? "more" : "all", .. page.Items.Select(e => e.Id.ToString(CultureInfo.InvariantCulture))]);
    }

    public IReadOnlyList<object> BaselineArguments(string input) => [Parse(input)];

    public void Dispose()
    {
        foreach (var baseline in Baselines)
        {
            baseline.Dispose();
        }
    }

    private static Filter Parse(string input)
    {
        var query = input.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => pair[1]);
        DateOnly? Day(string key) => query.TryGetValue(key, out var text) ? DateOnly.ParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture) : null;
        return new Filter(
            query.GetValueOrDefault("user"),
            query.TryGetValue("organizationId", out var id) ? int.Parse(id, CultureInfo.InvariantCulture) : null,
            query.GetValueOrDefault("entity"),
            Day("from"),
            Day("to"),
            query.TryGetValue("p", out var p) ? int.Parse(p, CultureInfo.InvariantCulture) : 1);
    }

    /// <summary>The SQL for one set of filters: the conditions they need, the account's name matched exactly.</summary>
    private static SqlStatement Statement(Filter filter)
    {
        var names = new List<string>();
        var values = new List<object>();
        var where = new StringBuilder("1 = 1");
        void Add(string condition, string name, object value)
        {
            where.Append(" AND ").Append(condition);
            names.Add(name);
            values.Add(value);
        }

        if (filter.User is { } user)
        {
            Add("a.\"UserName\" = @user", "user", user);
        }

        if (filter.OrganizationId is { } organizationId)
        {
            Add("a.\"OrganizationId\" = @organization", "organization", organizationId);
        }

        if (filter.Entity is { } entity)
        {
            Add("a.\"EntityType\" = @entity", "entity", entity);
        }

        if (filter.From is { } from)
        {
            Add("a.\"At\" >= @start", "start", TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), DateInput.VietnamTime));
        }

        if (filter.To is { } to)
        {
            Add("a.\"At\" < @end", "end", TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), DateInput.VietnamTime));
        }

        names.AddRange(["limit", "size", "offset"]);
        values.AddRange([AuditLog.CountLimit + 1, PageSize, (filter.Page - 1) * PageSize]);
        return new SqlStatement($"""
            SELECT COUNT(*) FROM (SELECT 1 FROM "AuditEntries" AS a WHERE {where} LIMIT @limit) AS c;
            SELECT {Row} FROM "AuditEntries" AS a WHERE {where} ORDER BY a."At" DESC, a."Id" DESC LIMIT @size OFFSET @offset
            """, names, values);
    }

    private static async Task<ScenarioAnswer> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var counted = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        await reader.NextResultAsync(cancellationToken);
        var keys = new List<string>(PageSize + 1) { counted > AuditLog.CountLimit ? "more" : "all" };
        while (await reader.ReadAsync(cancellationToken))
        {
            // Every column the page shows is read, as EF materialises them.
            _ = (reader.GetFieldValue<DateTime>(1), reader.GetString(2), reader.IsDBNull(3) ? (int?)null : reader.GetInt32(3), reader.GetString(4), reader.GetString(5),
                reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8));
            keys.Add(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
        }

        return new ScenarioAnswer(Math.Min(counted, AuditLog.CountLimit), keys);
    }

    private sealed record Filter(string? User, int? OrganizationId, string? Entity, DateOnly? From, DateOnly? To, int Page)
    {
        public AuditFilter AsAuditFilter() => new(User, OrganizationId, Entity, From, To, Page, PageSize);
    }
}
