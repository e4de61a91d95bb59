using DanVan.Documents;
using DanVan.Domain.Reporting;

namespace DanVan.Web.Features.Reports;

/// <summary>How reporting figures and states read on a page: a coloured badge with a word, vi-VN numbers.</summary>
public static class ReportDisplay
{
    public static (string Css, string Text) Badge(ReportStatus status) => (status switch
    {
        ReportStatus.Draft => "text-bg-secondary",
        ReportStatus.Submitted => "text-bg-primary",
        ReportStatus.Approved => "text-bg-success",
        _ => "text-bg-warning",
    }, ReportStatusNames.Of(status));

    public static (string Css, string Text) Badge(ReceiptState state) => (state switch
    {
        ReceiptState.OnTime => "text-bg-success",
        ReceiptState.Late => "text-bg-warning",
        ReceiptState.Returned => "text-bg-warning",
        ReceiptState.Missing => "text-bg-danger",
        _ => "text-bg-light border",
    }, ReceiptStateNames.Of(state));

    public static string Number(double? value) => value is { } v ? VietnameseFormat.Number(v) : "—";

    public static string Percent(double? value) => value is { } v ? VietnameseFormat.Percent(v) : "—";

    /// <summary>"+12 (+8,5%)" or "—".</summary>
    public static string Change(Change change) => change.Absolute is not { } absolute
        ? "—"
        : (absolute > 0 ? "+" : string.Empty) + VietnameseFormat.Number(absolute)
            + (change.Percent is { } percent ? $" ({(percent > 0 ? "+" : string.Empty)}{VietnameseFormat.Percent(percent)})" : string.Empty);

    public static string ChangeCss(Change change) => change.Absolute switch
    {
        > 0 => "text-success",
        < 0 => "text-danger",
        _ => "text-body-secondary",
    };

    /// <summary>The text a number input shows: vi-VN without grouping is easier to edit, e.g. "1234,5".</summary>
    public static string Input(double? value) => value is { } v ? VietnameseFormat.Number(v, 6).Replace(".", string.Empty, StringComparison.Ordinal) : string.Empty;
}
