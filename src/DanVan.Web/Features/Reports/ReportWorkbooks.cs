using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Features.Reports;

/// <summary>Reports and consolidations as Excel workbooks: figures as numbers, one row per indicator.</summary>
public static class ReportWorkbooks
{
    public static ExcelFile ForReport(ReportSheet sheet) => ExcelExport.File(
        $"bao-cao-{sheet.FormCode}-{sheet.PeriodKey}-{sheet.OrganizationId}.xlsx",
        "Báo cáo",
        ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ này", "Kỳ trước", "Cùng kỳ năm trước"],
        sheet.Indicators.SelectMany(i => i.Categories.Select(c => (Code: SaveReport.KeyOf(i.Code, c.Number), Name: "– " + c.Name, i.Unit, c.Value, Previous: (double?)null, LastYear: (double?)null))
            .Prepend((i.Code, i.Name, i.Unit, i.Value, i.Previous, i.LastYear))),
        r => [r.Code, r.Name, r.Unit, r.Value, r.Previous, r.LastYear]);

    public static ExcelFile ForConsolidation(Consolidation consolidation)
    {
        var children = consolidation.Children;
        return ExcelExport.File(
            $"tong-hop-{consolidation.FormCode}-{consolidation.PeriodKey}-{consolidation.OrganizationId}.xlsx",
            "Tổng hợp",
            ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ này", "Kỳ trước", "Tăng/giảm so với kỳ trước", "Cùng kỳ năm trước", "Tăng/giảm so với cùng kỳ", .. children.Select(c => c.IsSelf ? c.Name + " (báo cáo của đơn vị)" : c.Name)],
            consolidation.Indicators,
            i => new object?[] { i.Code, i.Name, i.Unit, i.Value, i.Previous, i.SincePrevious.Absolute, i.LastYear, i.SinceLastYear.Absolute }
                .Concat(children.Select(c => (object?)c.Values.GetValueOrDefault(i.Code))));
    }
}
