using System.Globalization;
using DanVan.Documents;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// The Excel template of a report — one row per indicator and category: code, name, unit, value —
/// and the reading of a filled one into values to preview before they are saved.
/// </summary>
public static class ReportTemplate
{
    private const int Columns = 4;

    public static ExcelFile Download(ReportSheet sheet) => ExcelExport.File(
        $"mau-{sheet.FormCode}-{sheet.PeriodKey}-{sheet.OrganizationId}.xlsx",
        "Nhập số liệu",
        ["Mã", "Chỉ tiêu", "Đơn vị tính", "Giá trị"],
        Rows(sheet),
        r => [r.Key, r.Name, r.Unit, r.Value]);

    /// <summary>The values a filled template holds, with every problem by row; rows left empty are skipped.</summary>
    public static ImportPreview Read(ReportSheet sheet, IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return ImportPreview.Failed("Vui lòng chọn tệp Excel đã điền.");
        }

        if (file.Length > ExcelImport.MaxBytes || !file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return ImportPreview.Failed("Chỉ nhận tệp .xlsx theo mẫu, tối đa 5 MB.");
        }

        // A seekable copy: the zip reader moves around the file.
        using var stream = new MemoryStream();
        using (var upload = file.OpenReadStream())
        {
            upload.CopyTo(stream);
        }

        stream.Position = 0;
        var rows = ExcelImport.Read(stream, Columns);
        if (rows is null)
        {
            return ImportPreview.Failed("Tệp không đọc được như một bảng tính Excel (.xlsx).");
        }

        var known = Rows(sheet).ToDictionary(r => r.Key, StringComparer.OrdinalIgnoreCase);
        var changes = new List<ImportRow>();
        var errors = new List<string>();
        foreach (var (number, cells) in rows.Skip(1))
        {
            var key = cells[0]?.Trim();
            var text = cells[3]?.Trim();
            if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (!known.TryGetValue(key, out var row))
            {
                errors.Add($"Dòng {number}: không có chỉ tiêu mã \"{(key.Length > 30 ? key[..30] : key)}\" trong biểu mẫu.");
            }
            else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !VietnameseFormat.TryParseNumber(text, out value))
            {
                errors.Add($"Dòng {number} ({row.Name}): \"{(text.Length > 20 ? text[..20] : text)}\" không phải là số.");
            }
            else if (!double.IsFinite(value))
            {
                errors.Add($"Dòng {number} ({row.Name}): giá trị không hợp lệ.");
            }
            else
            {
                changes.Add(new ImportRow(row.Key, row.Name, row.Value, value));
            }
        }

        if (changes.Count == 0 && errors.Count == 0)
        {
            errors.Add("Tệp không có giá trị nào ở cột \"Giá trị\".");
        }

        return new ImportPreview(changes, errors);
    }

    private static IEnumerable<(string Key, string Name, string? Unit, double? Value)> Rows(ReportSheet sheet) =>
        sheet.Indicators.SelectMany(i => i.Categories
            .Select(c => (SaveReport.KeyOf(i.Code, c.Number), $"{i.Name} – {c.Name}", i.Unit, c.Value))
            .Prepend((i.Code, i.Name, i.Unit, i.Value)));
}

public sealed record ImportRow(string Key, string Name, double? Current, double Value)
{
    /// <summary>The value as the fill form posts it.</summary>
    public string Text => Value.ToString("0.######", CultureInfo.InvariantCulture).Replace('.', ',');
}

public sealed record ImportPreview(IReadOnlyList<ImportRow> Rows, IReadOnlyList<string> Errors)
{
    public static ImportPreview Failed(string message) => new([], [message]);
}
