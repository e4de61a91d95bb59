using System.Data.Common;
using System.Globalization;
using DanVan.Data;
using DanVan.Data.Reporting;
using DanVan.Domain.Accounts;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using DanVan.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.Scenarios;

/// <summary>
/// <c>consolidate-page</c>: the consolidation page (and <c>GET /api/v1/organizations/{id}/consolidation</c>)
/// as a central leader opens it for a province, with the page's defaults — the first published form
/// and the last ended period — through the service both call (<see cref="ReportConsolidator"/>, every
/// part: the period's figures by child and completeness, the previous period and the same period last
/// year, the narrative). <c>consolidate-page-national</c>: the same for the nation. The baselines are
/// hand-written SQL for the same reads in one command, folded in memory into the same
/// <see cref="Consolidation"/>; the fold alone, on rows already read, is timed as the floor.
/// </summary>
internal sealed class ConsolidatePageScenario : IScenario, IFloorScenario
{
    // Bounds of the root's subtree: its path, and the path just past its last descendant (OrganizationPath.UpperBound).
    private const string RootBounds = """
        "Root" AS (SELECT o."Path" AS "Low", substr(o."Path", 1, length(o."Path") - 1) || '0' AS "High" FROM "Organizations" AS o WHERE o."Id" = @root)
        """;

    // The versions of the form that have reports; the app reads them on every request.
    private const string Versions = """(SELECT f."Id" FROM "ReportForms" AS f WHERE f."Code" = @code AND f."Status" <> 0)""";

    // The received reports' packed figures, with the organisation they roll up to, found from the
    // period's reports ("+" keeps SQLite, which has no statistics here, from scanning every received
    // report of every period by the status index instead).
    private const string ValuesOfReports = $$"""
        SELECT r."PeriodKey", r."FormId", o."Path", r."Figures"
        FROM "Reports" AS r JOIN "Organizations" AS o ON o."Id" = r."RollupOrganizationId"
        WHERE r."PeriodKey" {periods} AND r."FormId" IN {{Versions}} AND +r."Status" IN (1, 2) AND r."Figures" IS NOT NULL
            AND o."Path" >= (SELECT "Low" FROM "Root") AND o."Path" < (SELECT "High" FROM "Root")
        """;

    // The same, found from the subtree's organisations by the roll-up index: fewer rows to skip
    // for a province, many more seeks for the nation. CROSS JOIN keeps SQLite to that order.
    private const string ValuesOfOrganizations = $$"""
        SELECT r."PeriodKey", r."FormId", o."Path", r."Figures"
        FROM "Organizations" AS o CROSS JOIN "Reports" AS r
        WHERE r."RollupOrganizationId" = o."Id" AND r."PeriodKey" {periods} AND r."FormId" IN {{Versions}} AND r."Status" IN (1, 2) AND r."Figures" IS NOT NULL
            AND o."Path" >= (SELECT "Low" FROM "Root") AND o."Path" < (SELECT "High" FROM "Root")
        """;

    // Every reader of the result sets below expects them in this order. Who owes the report: the
    // form's submitting types, or every type when it names none, as one list ("type in the list or
    // no list" as an OR made SQLite test it row by row, three times slower nationally). The
    // narrative is read from the root and its children (CROSS JOIN keeps SQLite to that order)
    // rather than from the period's reports, which nationally are thousands.
    private const string Reads = $$"""
        SELECT o."Id", o."Name", o."Path", o."ParentId" FROM "Organizations" AS o WHERE o."Id" = @root;
        SELECT o."Path" FROM "RoleAssignments" AS a JOIN "Organizations" AS o ON o."Id" = a."OrganizationId" WHERE a."UserId" = @user;
        SELECT f."Id", f."Code", f."Name", f."PeriodType", f."DeadlineDays", f."LockAfterDays"
        FROM "ReportForms" AS f WHERE f."Code" = @code AND f."Status" <> 0 ORDER BY f."Status" = 1 DESC, f."Version" DESC;
        {values}
        WITH {{RootBounds}},
            "Form" AS (
                SELECT f."Id", f."SubmitterLevels", o."Path" AS "Low", substr(o."Path", 1, length(o."Path") - 1) || '0' AS "High"
                FROM "ReportForms" AS f JOIN "Organizations" AS o ON o."Id" = f."OwnerOrganizationId"
                WHERE f."Code" = @code AND f."Status" <> 0 ORDER BY f."Status" = 1 DESC, f."Version" DESC LIMIT 1),
            "Types" AS (
                SELECT t."OrganizationTypeId" AS "Id" FROM "ReportFormOrganizationTypes" AS t WHERE t."FormId" = (SELECT "Id" FROM "Form")
                UNION ALL
                SELECT y."Id" FROM "OrganizationTypes" AS y
                WHERE NOT EXISTS (SELECT 1 FROM "ReportFormOrganizationTypes" AS t WHERE t."FormId" = (SELECT "Id" FROM "Form"))),
            "Within" AS (
                SELECT CASE WHEN r."Low" > f."Low" THEN r."Low" ELSE f."Low" END AS "Low", CASE WHEN r."High" < f."High" THEN r."High" ELSE f."High" END AS "High"
                FROM "Root" AS r, "Form" AS f)
        SELECT o."Path", r."Status", r."FirstSubmittedAt"
        FROM "Organizations" AS o
        LEFT JOIN "Reports" AS r ON r."OrganizationId" = o."Id" AND r."PeriodKey" = @period AND r."FormId" IN {{Versions}}
        WHERE o."Path" >= (SELECT "Low" FROM "Within") AND o."Path" < (SELECT "High" FROM "Within")
            AND (((SELECT "SubmitterLevels" FROM "Form") >> o."Level") & 1) = 1
            AND o."TypeId" IN (SELECT "Id" FROM "Types")
            AND o."ValidFrom" <= @end AND (o."ValidTo" IS NULL OR o."ValidTo" >= @end);
        SELECT c."Id", c."Name", CASE WHEN EXISTS (SELECT 1 FROM "Organizations" AS g WHERE g."ParentId" = c."Id") THEN 1 ELSE 0 END
        FROM "Organizations" AS c WHERE c."ParentId" = @root;
        SELECT s."Code", o."Id", o."Name", n."Text"
        FROM "Organizations" AS o CROSS JOIN "Reports" AS r CROSS JOIN "ReportNarratives" AS n
        JOIN "ReportSections" AS s ON s."Id" = n."SectionId"
        WHERE (o."ParentId" = @root OR o."Id" = @root) AND r."OrganizationId" = o."Id" AND r."PeriodKey" = @period AND r."FormId" IN {{Versions}}
            AND r."Status" IN (1, 2) AND n."ReportId" = r."Id" AND n."Text" <> '';
        """;

    private static readonly string[] Parameters = ["root", "user", "code", "period", "previous", "lastYear", "end"];

    private static readonly string ReportsFirst = WithValues(ValuesOfReports, "IN (@period, @previous, @lastYear)");

    private static readonly string OrganizationsFirst = WithValues(ValuesOfOrganizations, "IN (@period, @previous, @lastYear)");

    private static readonly string ReportsFirstPerPeriod = WithValues(ValuesOfReports, "= @period", "= @previous", "= @lastYear");

    private readonly bool national;

    // As in the app, where it is a singleton: published form versions are read once.
    private readonly FormStructures _forms = new();

    // The baseline's own copy of what the app keeps per form version, and what it derives from it on
    // every request: both are fixed while a version is published, so plain code would keep them.
    private readonly Dictionary<int, FormStructure> _structures = [];
    private readonly Dictionary<string, int[][]> _slotsOfCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Id, string Name)> _roots = [];
    private readonly Dictionary<string, PageRows> _rows = [];
    private Dictionary<int, int[]> _maps = [];
    private int _slotCount;
    private string _formCode = string.Empty;
    private ReportingPeriod _period;
    private string _leader = string.Empty;

    public ConsolidatePageScenario(bool national = false)
    {
        this.national = national;
        Baselines =
        [
            new SqlBaseline("reports first, the three periods in one read", ReportsFirst, Parameters, ReadAsync),
            new SqlBaseline("organisations first, the three periods in one read", OrganizationsFirst, Parameters, ReadAsync),
            new SqlBaseline("reports first, a read per period", ReportsFirstPerPeriod, Parameters, ReadAsync),
        ];
    }

    public string Name => BenchRoots.Name("consolidate-page", national);

    public IReadOnlyList<SqlBaseline> Baselines { get; }

    public string Describe(IReadOnlyList<string> inputs) =>
        $"{string.Join(", ", inputs.Select(i => _roots[i].Name))}; form {_formCode}, {_period.Key} with {_period.Previous().Key} and {_period.SameLastYear().Key}, as a central leader";

    public async Task<IReadOnlyList<string>> InputsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var paths = await BenchRoots.PathsAsync(db, national, cancellationToken);
        // The provinces with the most organisations directly under them: the longest consolidations below the nation.
        var roots = await db.Organizations.AsNoTracking().Where(o => paths.Contains(o.Path))
            .OrderByDescending(o => db.Organizations.Count(c => c.ParentId == o.Id)).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name }).Take(national ? 1 : 3).ToListAsync(cancellationToken);
        var central = await db.Organizations.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(cancellationToken);
        _leader = await BenchPeople.HolderAsync(db, central, OrganizationRole.Leader, cancellationToken);

        // The page's defaults: the first published form the person sees, and the period before the current one.
        var scope = BenchPeople.Scope(db, _leader);
        var form = (await new ReportFormCatalog(db, scope).ListAsync(includeRetired: false, cancellationToken)).First(f => f.Status == ReportFormStatus.Published);
        _formCode = form.Code;
        _period = ReportingPeriod.Recent(form.PeriodType, ReportSchedule.VietnamDay(DateTime.UtcNow), 2).Last();
        await PrepareFoldAsync(db, cancellationToken);

        var inputs = new List<string>();
        foreach (var root in roots)
        {
            var input = root.Id.ToString(CultureInfo.InvariantCulture);
            _roots[input] = (root.Id, root.Name);
            inputs.Add(input);
        }

        return inputs;
    }

    /// <summary>What the page and the API run for one organisation, with every part.</summary>
    public async Task<ScenarioAnswer> RunEfAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        var consolidator = new ReportConsolidator(db, BenchPeople.Scope(db, _leader), new ReportConsolidation(db, _forms, TimeProvider.System));
        var (result, status, error) = await consolidator.ConsolidateAsync(_roots[input].Id, _formCode, _period.Key, ConsolidationParts.All, cancellationToken);
        return Answer(result ?? throw new InvalidOperationException($"Consolidation refused: {status} {error}"));
    }

    public IReadOnlyList<object> BaselineArguments(string input) =>
        [_roots[input].Id, _leader, _formCode, _period.Key, _period.Previous().Key, _period.SameLastYear().Key, _period.End];

    public async Task LoadRowsAsync(AppDbContext db, string input, CancellationToken cancellationToken)
    {
        using var read = new SqlBaseline("rows", ReportsFirst, Parameters, async (reader, token) =>
        {
            _rows[input] = await ReadRowsAsync(reader, token);
            return new ScenarioAnswer(0, []);
        });
        await read.RunAsync(db, BaselineArguments(input), cancellationToken);
    }

    public object Fold(string input) => Fold(_rows[input], DateTime.UtcNow);

    public ScenarioAnswer AnswerOf(object folded) => Answer((Consolidation)folded);

    public void Dispose()
    {
        foreach (var baseline in Baselines)
        {
            baseline.Dispose();
        }
    }

    /// <summary>
    /// Reads the structure of the form's versions and numbers their slots once, where the app
    /// numbers them on every request. Each indicator code of the version in use gets, per category,
    /// the slots of every version that has it: versions share codes, not ids.
    /// </summary>
    private async Task PrepareFoldAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var versions = await FormStructures.VersionsAsync(db, _formCode, cancellationToken);
        foreach (var version in versions)
        {
            _structures[version.Id] = await new FormStructures().GetAsync(db, version.Id, cancellationToken);
        }

        var indicators = _structures.Values.SelectMany(s => s.Indicators).ToList();
        var slots = new IndicatorSlots(indicators);
        _slotCount = slots.Count;
        _maps = _structures.ToDictionary(s => s.Key, s => slots.Map(s.Value.Indicators));
        foreach (var indicator in _structures[versions[0].Id].Indicators)
        {
            var sameCode = indicators.Where(i => i.Code == indicator.Code).ToList();
            _slotsOfCode[indicator.Code] = Enumerable.Range(0, indicator.CategoryList.Count + 1)
                .Select(category => sameCode.Select(i => slots.Of(i.Id, category)).Where(slot => slot >= 0).ToArray())
                .ToArray();
        }
    }

    // One command: the reads before the values, a values statement per condition on the period, the reads after.
    private static string WithValues(string values, params string[] periods) => Reads.Replace(
        "{values}",
        string.Concat(periods.Select(period => $"""
            WITH {RootBounds}
            {values.Replace("{periods}", period, StringComparison.Ordinal)};

            """)),
        StringComparison.Ordinal);

    private async Task<ScenarioAnswer> ReadAsync(DbDataReader reader, CancellationToken cancellationToken) =>
        Answer(Fold(await ReadRowsAsync(reader, cancellationToken), DateTime.UtcNow));

    private static async Task<PageRows> ReadRowsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new PageRows();
        if (await reader.ReadAsync(cancellationToken))
        {
            rows.Root = new RootRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.RolePaths.Add(reader.GetString(0));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Versions.Add(new VersionRow(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), (PeriodType)reader.GetInt32(3), new ReportSchedule(reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetInt32(5))));
        }

        // The values: one result set for the three periods, or one per period.
        while (await reader.NextResultAsync(cancellationToken) && reader.GetName(0) == "PeriodKey")
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Values.Add(new ValueRow(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), (byte[])reader.GetValue(3)));
            }
        }

        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Receipts.Add(new ReceiptRow(reader.GetString(0), reader.IsDBNull(1) ? null : (ReportStatus)reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetDateTime(2)));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Children.Add(new ChildRow(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2) == 1));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Texts.Add(new TextRow(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    /// <summary>
    /// The consolidation the page shows, from the rows: the access check, the period's partials by
    /// child of the root (the root's own reports under its id), the two other periods' totals, each
    /// owing organisation's receipt state, the children that have either, and the narrative.
    /// </summary>
    private Consolidation Fold(PageRows rows, DateTime now)
    {
        var root = rows.Root ?? throw new InvalidOperationException("No such organisation.");
        if (!rows.RolePaths.Any(path => OrganizationPath.IsWithin(path, root.Path)))
        {
            throw new InvalidOperationException("The consolidation is outside the person's scope.");
        }

        var form = rows.Versions[0];
        if (form.PeriodType != _period.Type || rows.Versions.Any(v => !_maps.ContainsKey(v.Id)))
        {
            throw new InvalidOperationException("The form's versions changed since the scenario started.");
        }

        var byChild = new Dictionary<int, Aggregate[]>();
        var previous = new Aggregate[_slotCount];
        var lastYear = new Aggregate[_slotCount];
        var previousKey = _period.Previous().Key;
        foreach (var value in rows.Values)
        {
            Aggregate[] partials;
            if (value.Period == _period.Key)
            {
                var child = OrganizationPath.ChildUnder(root.Path, value.Path) ?? root.Id;
                if (!byChild.TryGetValue(child, out var own))
                {
                    byChild[child] = own = new Aggregate[_slotCount];
                }

                partials = own;
            }
            else
            {
                partials = value.Period == previousKey ? previous : lastYear;
            }

            var map = _maps[value.FormId];
            for (var slot = 0; slot < map.Length; slot++)
            {
                if (map[slot] >= 0 && ReportFigures.At(value.Figures, slot) is { } figure)
                {
                    partials[map[slot]] = partials[map[slot]].Combine(Aggregate.Of(figure));
                }
            }
        }

        var states = new Dictionary<int, List<ReceiptState>>();
        foreach (var receipt in rows.Receipts)
        {
            var child = OrganizationPath.ChildUnder(root.Path, receipt.Path) ?? root.Id;
            if (!states.TryGetValue(child, out var list))
            {
                states[child] = list = [];
            }

            list.Add(Receipt.StateOf(receipt.Status, receipt.Sent, form.Schedule, _period, now));
        }

        var tallies = states.ToDictionary(s => s.Key, s => Completeness.Of(s.Value));
        var shown = _structures[form.Id].Indicators;
        var children = rows.Children.Select(c => (c.Id, c.Name, IsSelf: false, c.HasChildren))
            .Prepend((root.Id, root.Name, IsSelf: true, HasChildren: false))
            .Where(c => tallies.ContainsKey(c.Id) || byChild.ContainsKey(c.Id))
            .Select(c => new ChildFigures(
                c.Id,
                c.Name,
                c.IsSelf,
                c.HasChildren,
                tallies.GetValueOrDefault(c.Id) ?? Completeness.Of([]),
                shown.ToDictionary(i => i.Code, i => Figure(byChild.GetValueOrDefault(c.Id), i, 0), StringComparer.Ordinal)))
            .OrderBy(c => !c.IsSelf).ThenBy(c => c.Name, VietnameseText.Collation)
            .ToList();

        var totals = new Aggregate[_slotCount];
        foreach (var partials in byChild.Values)
        {
            for (var slot = 0; slot < _slotCount; slot++)
            {
                totals[slot] = totals[slot].Combine(partials[slot]);
            }
        }

        var indicators = shown.Select(i => new ConsolidatedIndicator(
                i.Code,
                i.Name,
                i.GroupName,
                i.Unit,
                i.Aggregation,
                Figure(totals, i, 0),
                Figure(previous, i, 0),
                Figure(lastYear, i, 0),
                i.CategoryList.Select((name, index) => new CategoryRow(index + 1, name, Figure(totals, i, index + 1))).ToList()))
            .ToList();

        var sections = _structures[form.Id].Sections.Select(s => new CompiledSection(
                s.Code,
                s.Title,
                rows.Texts.Where(t => t.Section == s.Code)
                    .OrderBy(t => t.OrganizationId != root.Id).ThenBy(t => t.Name, VietnameseText.Collation)
                    .Select(t => new CompiledText(t.OrganizationId, t.Name, t.Text)).ToList()))
            .ToList();

        return new Consolidation(
            root.Id,
            root.Name,
            root.ParentId,
            form.Code,
            form.Name,
            form.PeriodType,
            _period.Key,
            _period.Label,
            previousKey,
            _period.SameLastYear().Key,
            form.Schedule.DeadlineOf(_period),
            tallies.Values.Aggregate(Completeness.Of([]), (sum, t) => sum + t),
            indicators,
            children,
            sections);
    }

    // One figure of an indicator: the partials of its code's slots in every version, combined.
    private double? Figure(Aggregate[]? partials, ReportIndicator indicator, int category)
    {
        if (partials is null)
        {
            return null;
        }

        var partial = Aggregate.Empty;
        foreach (var slot in _slotsOfCode[indicator.Code][category])
        {
            partial = partial.Combine(partials[slot]);
        }

        return partial.ValueFor(indicator.Aggregation);
    }

    /// <summary>Everything the page shows, as keys: the heading, the figures of the three periods, completeness by child, the narrative.</summary>
    private static ScenarioAnswer Answer(Consolidation c)
    {
        var keys = new List<string>
        {
            Invariant($"{c.OrganizationId} {c.OrganizationName} parent={c.ParentId} {c.FormCode} {c.FormName} {c.PeriodType} {c.PeriodKey} {c.PeriodLabel} {c.PreviousKey} {c.LastYearKey} {c.Deadline:yyyy-MM-dd}"),
            Tally("all", c.Completeness),
        };
        foreach (var indicator in c.Indicators)
        {
            keys.Add(Invariant($"{indicator.Code} {indicator.Name} {indicator.GroupName} {indicator.Unit} {indicator.Aggregation}={Number(indicator.Value)} previous={Number(indicator.Previous)} last-year={Number(indicator.LastYear)}"));
            keys.AddRange(indicator.Categories.Select(k => Invariant($"{indicator.Code}.{k.Number} {k.Name}={Number(k.Value)}")));
        }

        // A province has a hundred children or more, each with every indicator: writing each figure as
        // text would cost more than the fold being measured, so a child's figures go into one hash.
        foreach (var child in c.Children)
        {
            var figures = new HashCode();
            foreach (var indicator in c.Indicators)
            {
                figures.Add(indicator.Code, StringComparer.Ordinal);
                figures.Add(child.Values[indicator.Code] is { } v ? Math.Round(v, 6) : double.NaN);
            }

            keys.Add(Tally(Invariant($"{child.OrganizationId} {child.Name} self={child.IsSelf} children={child.HasChildren} figures={figures.ToHashCode():x8}"), child.Completeness));
        }

        foreach (var section in c.Sections)
        {
            keys.Add($"{section.Code} {section.Title}");
            keys.AddRange(section.Entries.Select(e => Invariant($"{section.Code}:{e.OrganizationId} {e.OrganizationName}: {e.Text}")));
        }

        return new ScenarioAnswer(c.Completeness.Expected, keys);
    }

    private static string Tally(string owner, Completeness t) =>
        Invariant($"{owner}: {t.Expected}/{t.OnTime}/{t.Late}/{t.Returned}/{t.Missing}/{t.NotYetDue}");

    // Sums of the same values taken in another order may differ in the last bits.
    private static string Number(double? value) => value is { } v ? Math.Round(v, 6).ToString("R", CultureInfo.InvariantCulture) : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record RootRow(int Id, string Name, string Path, int? ParentId);

    private sealed record VersionRow(int Id, string Code, string Name, PeriodType PeriodType, ReportSchedule Schedule);

    private sealed record ValueRow(string Period, int FormId, string Path, byte[] Figures);

    private sealed record ReceiptRow(string Path, ReportStatus? Status, DateTime? Sent);

    private sealed record ChildRow(int Id, string Name, bool HasChildren);

    private sealed record TextRow(string Section, int OrganizationId, string Name, string Text);

    /// <summary>The rows of one consolidation, as the baseline's command returns them.</summary>
    private sealed class PageRows
    {
        public RootRow? Root { get; set; }

        public List<string> RolePaths { get; } = [];

        public List<VersionRow> Versions { get; } = [];

        public List<ValueRow> Values { get; } = [];

        public List<ReceiptRow> Receipts { get; } = [];

        public List<ChildRow> Children { get; } = [];

        public List<TextRow> Texts { get; } = [];
    }
}
