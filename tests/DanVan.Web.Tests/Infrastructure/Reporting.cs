using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace DanVan.Web.Tests.Infrastructure;

// Report forms and reports as a client reads them; enums arrive as their names.
public sealed record FormSummary(int Id, string Code, int Version, string Name, string Status, int OwnerOrganizationId);

public sealed record FormDetails(
    int Id,
    string Code,
    int Version,
    string Name,
    string PeriodType,
    string Status,
    int OwnerOrganizationId,
    int DeadlineDays,
    List<string> SubmitterLevels,
    List<FormIndicator> Indicators,
    List<FormRule> Rules,
    bool CanEdit);

public sealed record FormIndicator(int Id, string Code, string Name, string Aggregation, double? Min, double? Max);

public sealed record FormRule(string Left, string Operator, string Right, string Severity, string Message);

public sealed record Sheet(
    long Id,
    int FormId,
    string FormCode,
    int FormVersion,
    string PeriodKey,
    int OrganizationId,
    string OrganizationName,
    string Status,
    int Revision,
    DateTime? FirstSubmittedAt,
    string? SubmittedBy,
    string? ReviewedBy,
    string? ReturnReason,
    string? ApprovalOverride,
    bool CanEdit,
    bool CanReview,
    List<SheetIndicator> Indicators,
    List<SheetMessage> Messages)
{
    public double? Value(string code) => Indicators.Single(i => i.Code == code).Value;

    public double? Value(string code, int category) => Indicators.Single(i => i.Code == code).Categories!.Single(c => c.Number == category).Value;
}

public sealed record ReportReceipt(long Id, string FormCode, string PeriodKey, int OrganizationId, string Status, int Revision, List<SheetMessage> Messages);

public sealed record ReportSummary(long Id, string FormCode, string PeriodKey, int OrganizationId, string Status);

public sealed record SheetIndicator(string Code, double? Value, double? Previous, double? LastYear, List<SheetCategory>? Categories = null);

public sealed record SheetCategory(int Number, string Name, double? Value);

public sealed record SheetMessage(string Severity, string Message, List<string> Codes);

public sealed record ValueChange(DateTime At, string UserName, string Action, double? Before, double? After);

public sealed record Completeness(int Expected, int OnTime, int Late, int Returned, int Missing, int NotYetDue, int Received, double? ReceivedRate, double? OnTimeRate);

public sealed record Consolidation(
    int OrganizationId,
    string FormCode,
    string PeriodKey,
    string PreviousKey,
    string LastYearKey,
    Completeness Completeness,
    List<ConsolidatedIndicator> Indicators,
    List<ChildFigures> Children,
    List<CompiledSection> Sections)
{
    public ConsolidatedIndicator Indicator(string code) => Indicators.Single(i => i.Code == code);

    public ChildFigures Child(int organizationId) => Children.Single(c => c.OrganizationId == organizationId);
}

public sealed record ConsolidatedIndicator(string Code, string Aggregation, double? Value, double? Previous, double? LastYear, Change SincePrevious, Change SinceLastYear);

public sealed record Change(double? Current, double? Baseline, double? Absolute, double? Percent);

public sealed record ChildFigures(int OrganizationId, string Name, bool IsSelf, bool HasChildren, Completeness Completeness, Dictionary<string, double?> Values);

public sealed record CompiledSection(string Code, string Title, List<CompiledText> Entries);

public sealed record CompiledText(int OrganizationId, string OrganizationName, string Text);

public sealed record CompletenessGrid(int OrganizationId, string FormCode, List<PeriodHeader> Periods, GridPage Rows);

public sealed record PeriodHeader(string Key, string Label, string Deadline, Completeness Completeness);

public sealed record GridPage(List<GridRow> Items, int Total, int Page, int PageSize);

public sealed record GridRow(int OrganizationId, string OrganizationName, List<PeriodCell?> Cells);

public sealed record PeriodCell(string PeriodKey, string Deadline, long? ReportId, string? Status, string State);

/// <summary>Report forms and reports through the API, as a client drives them.</summary>
public static class Reporting
{
    public const int Quarter = 2;
    public const int ProvinceLevel = 1;
    public const int CommuneLevel = 3;
    public const int Sum = 0;
    public const int Average = 1;
    public const int Error = 0;
    public const int Warning = 1;

    /// <summary>A form code no other test uses, e.g. "T-1A2B3C4D5E6F".</summary>
    public static string NewCode(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(30, prefix.Length + 13)].ToUpperInvariant();

    /// <summary>The quarter <paramref name="back"/> quarters before the one containing today in Vietnam, e.g. "2026-Q3" for 1 in November 2026.</summary>
    /// <remarks>Tests use quarters that have ended, so opening is allowed, and pick deadlines that are far in the past or the future.</remarks>
    public static string QuartersAgo(int back)
    {
        var today = DateTime.UtcNow.AddHours(7);
        var index = (today.Year * 4) + ((today.Month - 1) / 3) - back;
        return string.Create(CultureInfo.InvariantCulture, $"{index / 4}-Q{(index % 4) + 1}");
    }

    public static object Indicator(string code, int aggregation = Sum, double? min = 0, double? max = null) =>
        new { code, name = $"Chỉ tiêu {code}", unit = "mô hình", aggregation, min, max };

    public static object Rule(string left, string @operator, string right, int severity, string message) =>
        new { left, @operator, right, severity, message };

    public static object Form(
        string code,
        int ownerId,
        int deadlineDays,
        object[] indicators,
        int[]? levels = null,
        int[]? typeIds = null,
        object[]? rules = null,
        object[]? sections = null,
        string? name = null) => new
        {
            code,
            name = name ?? $"Báo cáo thử {code}",
            periodType = Quarter,
            ownerOrganizationId = ownerId,
            deadlineDays,
            submitterLevels = levels ?? [CommuneLevel],
            submitterTypeIds = typeIds ?? [],
            indicators,
            sections = sections ?? [],
            rules = rules ?? [],
        };

    public static async Task<FormDetails> CreateAsync(HttpClient client, object form)
    {
        var response = await client.PostAsJsonAsync("/api/v1/report-forms", form);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<FormDetails>();
    }

    public static async Task<FormDetails> PublishAsync(HttpClient client, int formId)
    {
        var response = await client.PostAsync($"/api/v1/report-forms/{formId}/publish", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<FormDetails>();
    }

    /// <summary>Creates and publishes a form.</summary>
    public static async Task<FormDetails> PublishedAsync(HttpClient client, object form) =>
        await PublishAsync(client, (await CreateAsync(client, form)).Id);

    public static Task<HttpResponseMessage> OpenAsync(HttpClient client, string formCode, int organizationId, string period, object? values = null, bool submit = false) =>
        client.PostAsJsonAsync("/api/v1/reports", new { formCode, organizationId, period, values = values ?? new Dictionary<string, double?>(), submit });

    /// <summary>Opens (or finds) a report, optionally filling and sending it in the same call.</summary>
    public static async Task<Sheet> OpenedAsync(HttpClient client, string formCode, int organizationId, string period, object? values = null, bool submit = false)
    {
        var response = await OpenAsync(client, formCode, organizationId, period, values, submit);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<Sheet>();
    }

    public static async Task<Sheet> GetAsync(HttpClient client, long reportId) =>
        (await client.GetFromJsonAsync<Sheet>($"/api/v1/reports/{reportId}", ApiClient.Json))!;

    public static Task<HttpResponseMessage> SaveAsync(HttpClient client, long reportId, int revision, object values) =>
        client.PutAsJsonAsync($"/api/v1/reports/{reportId}/values", new { revision, values });

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, long reportId, int revision) =>
        client.PostAsJsonAsync($"/api/v1/reports/{reportId}/submit", new { revision });

    public static Task<HttpResponseMessage> ApproveAsync(HttpClient client, long reportId, int revision, string? @override = null) =>
        client.PostAsJsonAsync($"/api/v1/reports/{reportId}/approve", new { revision, @override });

    public static Task<HttpResponseMessage> ReturnAsync(HttpClient client, long reportId, int revision, string? reason) =>
        client.PostAsJsonAsync($"/api/v1/reports/{reportId}/return", new { revision, reason });

    /// <summary>Reads a successful answer carrying the report.</summary>
    public static async Task<Sheet> SheetAsync(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<Sheet>();
    }

    public static async Task<Consolidation> ConsolidationAsync(HttpClient client, int organizationId, string formCode, string period)
    {
        var response = await client.GetAsync($"/api/v1/organizations/{organizationId}/reports/consolidation?form={formCode}&period={period}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<Consolidation>();
    }

    /// <summary>Every row of the completeness grid, page after page.</summary>
    public static async Task<(List<PeriodHeader> Periods, List<GridRow> Rows, int Total)> GridAsync(HttpClient client, int organizationId, string formCode)
    {
        var rows = new List<GridRow>();
        for (var page = 1; ; page++)
        {
            var response = await client.GetAsync($"/api/v1/organizations/{organizationId}/reports/completeness?form={formCode}&page={page}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var grid = await response.ReadAsync<CompletenessGrid>();
            rows.AddRange(grid.Rows.Items);
            if (grid.Rows.Items.Count == 0 || rows.Count >= grid.Rows.Total)
            {
                return (grid.Periods, rows, grid.Rows.Total);
            }
        }
    }

    /// <summary>The open party committees (Đảng ủy) of communes directly under a province commission, by administrative unit code.</summary>
    public static async Task<List<Org>> CommuneCommitteesAsync(HttpClient client, int commissionId)
    {
        var partyCommittee = (await TypesAsync(client)).Single(t => t.Code == "DANG_UY").Name;
        return (await Orgs.ChildrenAsync(client, commissionId))
            .Where(o => o.TypeName == partyCommittee && o.Level == "Commune")
            .OrderBy(o => o.AdminUnitCode, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<int> TypeIdAsync(HttpClient client, string code) => (await TypesAsync(client)).Single(t => t.Code == code).Id;

    private static async Task<List<OrganizationType>> TypesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<OrganizationType>>("/api/v1/organization-types", ApiClient.Json))!;

    public sealed record OrganizationType(int Id, string Code, string Name);
}
