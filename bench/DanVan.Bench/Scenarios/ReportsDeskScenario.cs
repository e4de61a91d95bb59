using System.Data.Common;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Accounts;
using DanVan.Domain.Organizations;
using DanVan.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>reports-desk</c>: what <c>/Reports</c> reads for a leader that grows with the country — the
/// reports of the leader's subtree waiting for review, oldest first, with their form and
/// organisation (<see cref="ReportDirectory.AwaitingReviewAsync"/>, the page's 20) — for the central
/// commission's leader and a provincial commission's. The baseline reads the person's roles and the
/// list in one statement.
/// </summary>
internal sealed class ReportsDeskScenario : IScenario
{
    private const int Take = 20;

    public string Name => "reports-desk";

    // The leader's review roots: where the person is a leader or an administrator. A report is
    // theirs to review if its organisation lies strictly inside one.
    private const string Reviewable = """
        EXISTS (SELECT 1 FROM "RoleAssignments" AS a JOIN "Organizations" AS ro ON ro."Id" = a."OrganizationId"
            WHERE a."UserId" = @user AND a."Role" >= 2 AND o."Path" > ro."Path" AND o."Path" < (substr(ro."Path", 1, length(ro."Path") - 1) || '0'))
        """;

    private static readonly string[] Parameters = ["user"];

    /// <summary>Candidates: the person's roles and the list in one statement, the subtree as a join on the organisation or as an EXISTS per report.</summary>
    public IReadOnlyList<SqlBaseline> Baselines { get; } =
    [
        new SqlBaseline("join", $"""
            SELECT r."Id", r."FormId", f."Code", f."Name", r."PeriodKey", r."OrganizationId", r."Revision", r."UpdatedAt", r."SubmittedAt", r."Status", o."Name"
            FROM "Reports" AS r JOIN "Organizations" AS o ON o."Id" = r."OrganizationId" JOIN "ReportForms" AS f ON f."Id" = r."FormId"
            WHERE r."Status" = 1 AND {Reviewable}
            ORDER BY r."SubmittedAt", r."Id" LIMIT {Take}
            """, Parameters, ReadAsync),
        new SqlBaseline("exists", $"""
            SELECT r."Id", r."FormId", f."Code", f."Name", r."PeriodKey", r."OrganizationId", r."Revision", r."UpdatedAt", r."SubmittedAt", r."Status",
                (SELECT o."Name" FROM "Organizations" AS o WHERE o."Id" = r."OrganizationId")
            FROM "Reports" AS r JOIN "ReportForms" AS f ON f."Id" = r."FormId"
            WHERE r."Status" = 1 AND EXISTS (SELECT 1 FROM "Organizations" AS o WHERE o."Id" = r."OrganizationId" AND {Reviewable})
            ORDER BY r."SubmittedAt", r."Id" LIMIT {Take}
            """, Parameters, ReadAsync),
    ];

    public string Describe(IReadOnlyList<string> inputs) => $"{inputs.Count} leaders (central and a province); reports waiting for review, oldest {Take}";

    public async Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var central = await db.Organizations.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => new { o.Id }).FirstAsync(cancellationToken);
        var province = await db.Organizations.AsNoTracking()
            .Where(o => o.Level == OrganizationLevel.Province && o.ValidTo == null && o.Type!.Code == OrganizationTypeCatalog.Commission)
            .OrderByDescending(o => db.Organizations.Count(c => c.ParentId == o.Id)).ThenBy(o => o.Id)
            .Select(o => new { o.Id }).FirstAsync(cancellationToken);
        var inputs = new List<string>();
        foreach (var root in new[] { central, province })
        {
            inputs.Add(await BenchPeople.HolderAsync(db, root.Id, OrganizationRole.Leader, cancellationToken));
        }

        return inputs;
    }

    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var rows = await new ReportDirectory(db, BenchPeople.Scope(db, input), TimeProvider.System).AwaitingReviewAsync(Take, cancellationToken);
        return new ScenarioAnswer(rows.Count, [.. rows.Select(r => r.Id.ToString(CultureInfo.InvariantCulture))]);
    }

    public IReadOnlyList<object> BaselineArguments(string input) => [input];

    public void Dispose()
    {
        foreach (var baseline in Baselines)
        {
            baseline.Dispose();
        }
    }

    private static async Task<ScenarioAnswer> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var ids = new List<string>(Take);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Every column the list shows is read, as EF materialises them.
            _ = (reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6),
                reader.GetFieldValue<DateTime>(7), reader.IsDBNull(8) ? (DateTime?)null : reader.GetFieldValue<DateTime>(8), reader.GetInt32(9), reader.GetString(10));
            ids.Add(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
        }

        return new ScenarioAnswer(ids.Count, ids);
    }
}
