using System.Globalization;
using DanVan.Data.Reporting;
using DanVan.Domain.Organizations;
using DanVan.Domain.Reporting;
using DanVan.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// The three demo forms — quarterly report, six-month review and yearly review of dân vận work —
/// built from the CSV files in Seeding/Reports (see its README).
/// </summary>
public static class ReportFormTemplates
{
    public const string Quarterly = "BC-DV-QUY";
    public const string HalfYear = "SK-DV-6T";
    public const string Year = "TK-DV-NAM";

    /// <summary>The forms, published, owned by <paramref name="ownerId"/> and filled by the given types at province and commune level.</summary>
    public static IReadOnlyList<ReportForm> Build(int ownerId, IReadOnlyList<int> submitterTypeIds, DateTime now)
    {
        var sections = Read("sections").Rows.Select(r => r.Fields).ToList();
        var sectionTable = Read("sections");
        ReportForm Form(string code, string name, PeriodType period, int deadline, int lockAfter, string file, bool withRules)
        {
            var indicators = Read($"{file}-indicators");
            var form = new ReportForm
            {
                Code = code,
                Name = name,
                PeriodType = period,
                Status = ReportFormStatus.Published,
                OwnerOrganizationId = ownerId,
                DeadlineDays = deadline,
                LockAfterDays = lockAfter,
                SubmitterLevels = ReportForm.LevelBit(OrganizationLevel.Province) | ReportForm.LevelBit(OrganizationLevel.Commune),
                CreatedAt = now,
                PublishedAt = now,
                SubmitterTypes = submitterTypeIds.Select(id => new ReportFormOrganizationType { OrganizationTypeId = id }).ToList(),
                Indicators = indicators.Rows.Select((row, index) => new ReportIndicator
                {
                    Code = indicators.Get(row.Fields, "code"),
                    Name = indicators.Get(row.Fields, "name"),
                    GroupName = Blank(indicators.Get(row.Fields, "group")),
                    Unit = Blank(indicators.Get(row.Fields, "unit")),
                    Aggregation = AggregationNames.TryParse(indicators.Get(row.Fields, "aggregation"), out var aggregation) ? aggregation : Aggregation.Sum,
                    Categories = Blank(indicators.Get(row.Fields, "categories")),
                    Min = Number(indicators.Get(row.Fields, "min")),
                    Max = Number(indicators.Get(row.Fields, "max")),
                    Position = index + 1,
                }).ToList(),
                Sections = sections.Select((row, index) => new ReportSection
                {
                    Code = sectionTable.Get(row, "code"),
                    Title = sectionTable.Get(row, "title"),
                    Hint = Blank(sectionTable.Get(row, "hint")),
                    Position = index + 1,
                }).ToList(),
            };
            if (withRules)
            {
                var rules = Read($"{file}-rules");
                form.Rules = rules.Rows.Select((row, index) => new ReportRule
                {
                    Left = rules.Get(row.Fields, "left"),
                    Operator = RuleOperators.TryParse(rules.Get(row.Fields, "operator"), out var op) ? op : RuleOperator.LessOrEqual,
                    Right = rules.Get(row.Fields, "right"),
                    Severity = rules.Get(row.Fields, "severity") == "warning" ? RuleSeverity.Warning : RuleSeverity.Error,
                    Message = rules.Get(row.Fields, "message"),
                    Position = index + 1,
                }).ToList();
            }

            return form;
        }

        return
        [
            Form(Quarterly, "Báo cáo công tác dân vận", PeriodType.Quarter, 15, 60, "quarterly", withRules: true),
            Form(HalfYear, "Sơ kết công tác dân vận 6 tháng", PeriodType.HalfYear, 20, 90, "half-year", withRules: false),
            Form(Year, "Tổng kết công tác dân vận năm", PeriodType.Year, 30, 120, "year", withRules: false),
        ];
    }

    /// <summary>The organisation types that fill the demo forms: provincial commissions and commune party committees.</summary>
    public static Task<List<int>> SubmitterTypeIdsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.OrganizationTypes
            .Where(t => t.Code == OrganizationTypeCatalog.Commission || t.Code == OrganizationTypeCatalog.PartyCommittee)
            .Select(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>A generated report as if sent at <paramref name="sent"/> and, unless still waiting, reviewed two days later.</summary>
    internal static Report SentReport(ReportForm form, int organizationId, ReportingPeriod period, ReportStatus status, DateTime sent, string by, byte[] figures) => new()
    {
        FormId = form.Id,
        OrganizationId = organizationId,
        RollupOrganizationId = organizationId,
        PeriodKey = period.Key,
        Status = status,
        Revision = 3,
        CreatedAt = sent.AddDays(-3),
        UpdatedAt = status == ReportStatus.Submitted ? sent : sent.AddDays(2),
        UpdatedBy = by,
        FirstSubmittedAt = sent,
        SubmittedAt = sent,
        SubmittedBy = by,
        ReviewedAt = status == ReportStatus.Submitted ? null : sent.AddDays(2),
        ReviewedBy = status == ReportStatus.Submitted ? null : by,
        ReturnReason = status == ReportStatus.Returned ? "Số liệu đơn thư chưa khớp với sổ theo dõi; đề nghị rà soát và gửi lại." : null,
        Figures = figures,
    };

    /// <summary>Sample paragraphs by section code and level ("commune" or "province").</summary>
    public static ILookup<(string Section, string Level), string> Narratives()
    {
        var table = Read("narratives");
        return table.Rows.ToLookup(r => (table.Get(r.Fields, "section"), table.Get(r.Fields, "level")), r => table.Get(r.Fields, "text"));
    }

    private static CsvTable Read(string name)
    {
        using var stream = typeof(ReportFormTemplates).Assembly.GetManifestResourceStream($"DanVan.Reports.{name}.csv")
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.csv");
        using var reader = new StreamReader(stream);
        return CsvTable.Read(reader);
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
