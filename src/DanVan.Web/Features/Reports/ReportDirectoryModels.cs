using DanVan.Domain.Reporting;

namespace DanVan.Web.Features.Reports;

/// <summary>A form an organisation fills, with its recent periods.</summary>
public sealed record FormObligation(int FormId, string FormCode, string FormName, PeriodType PeriodType, IReadOnlyList<PeriodCell> Periods);

public sealed record PeriodCell(string PeriodKey, string PeriodLabel, DateOnly Deadline, long? ReportId, ReportStatus? Status, ReceiptState State);

/// <summary>One row of the completeness grid: an organisation that owes the report, and its cells per period.</summary>
public sealed record CompletenessRow(int OrganizationId, string OrganizationName, IReadOnlyList<PeriodCell?> Cells);

public sealed record CompletenessGrid(
    int OrganizationId,
    string OrganizationName,
    string FormCode,
    string FormName,
    IReadOnlyList<PeriodHeader> Periods,
    Infrastructure.PagedList<CompletenessRow> Rows);

public sealed record PeriodHeader(string Key, string Label, DateOnly Deadline, Completeness Completeness);
