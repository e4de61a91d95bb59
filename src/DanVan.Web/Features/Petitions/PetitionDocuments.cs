using System.Globalization;
using DanVan.Documents;
using DanVan.Web.Features.Reports;

namespace DanVan.Web.Features.Petitions;

/// <summary>The monthly report on petitions (báo cáo tình hình tiếp nhận, giải quyết đơn thư) as an official document.</summary>
public static class PetitionDocuments
{
    public static OfficialDocument Monthly(PetitionStatisticsResult byKind, PetitionStatisticsResult byField, IReadOnlyList<PetitionSummary> overdue, ReportIssuers.Issuer issuer, DocumentStyle style)
    {
        var month = byKind.From.ToString("M/yyyy", CultureInfo.InvariantCulture);
        var t = byKind.Total;
        var body = new List<DocumentBlock>
        {
            ReportDocuments.Heading(style, 0, "TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT"),
            new DocumentParagraph(
                $"Trong tháng {month}, {byKind.OrganizationName} và các đơn vị trực thuộc tiếp nhận {t.Received} đơn (không kể {t.Duplicates} đơn trùng nội dung); đã thụ lý {t.Accepted} đơn, "
                + $"giải quyết {t.Resolved} đơn, không thụ lý {t.Refused} đơn, chuyển cơ quan có thẩm quyền {t.Forwarded} đơn; còn {t.Open} đơn đang xử lý, trong đó {t.Overdue} đơn đã quá hạn. "
                + (t.OnTimeRate is { } rate ? $"Tỷ lệ xử lý đúng hạn đạt {VietnameseFormat.Percent(rate)}." : "Chưa có đơn nào xử lý xong trong tháng.")),
            ReportDocuments.Heading(style, 1, "SỐ LIỆU THEO LOẠI ĐƠN"),
            Table(byKind),
            ReportDocuments.Heading(style, 2, "SỐ LIỆU THEO LĨNH VỰC"),
            Table(byField),
            ReportDocuments.Heading(style, 3, "ĐƠN QUÁ HẠN CHƯA XỬ LÝ XONG"),
        };
        if (overdue.Count == 0)
        {
            body.Add(new DocumentParagraph("Không có đơn quá hạn."));
        }
        else
        {
            body.Add(new DocumentTable(
                [
                    new DocumentColumn("STT", ColumnAlignment.Center, 6),
                    new DocumentColumn("Mã", ColumnAlignment.Left, 14),
                    new DocumentColumn("Trích yếu", ColumnAlignment.Left, 40),
                    new DocumentColumn("Cơ quan xử lý", ColumnAlignment.Left, 22),
                    new DocumentColumn("Hạn", ColumnAlignment.Center, 12),
                ],
                overdue.Select((p, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), p.TrackingCode, p.Summary, p.OrganizationName, p.DueOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty]).ToList()));
        }

        return ReportDocuments.Official(style, issuer, $"tình hình tiếp nhận, giải quyết đơn thư tháng {month}", body);
    }

    private static DocumentTable Table(PetitionStatisticsResult result) => new(
        [
            new DocumentColumn(result.By == "kind" ? "Loại đơn" : "Lĩnh vực", ColumnAlignment.Left, 24),
            new DocumentColumn("Tiếp nhận", ColumnAlignment.Right, 10),
            new DocumentColumn("Thụ lý", ColumnAlignment.Right, 9),
            new DocumentColumn("Giải quyết", ColumnAlignment.Right, 10),
            new DocumentColumn("Chuyển đơn", ColumnAlignment.Right, 10),
            new DocumentColumn("Đang xử lý", ColumnAlignment.Right, 10),
            new DocumentColumn("Quá hạn", ColumnAlignment.Right, 9),
            new DocumentColumn("Đúng hạn", ColumnAlignment.Right, 9),
        ],
        [.. result.Rows.Append(new StatisticsRow("total", "Tổng cộng", result.Total)).Select(r => (IReadOnlyList<string>)
        [
            r.Name, N(r.Tally.Received), N(r.Tally.Accepted), N(r.Tally.Resolved), N(r.Tally.Forwarded), N(r.Tally.Open), N(r.Tally.Overdue),
            r.Tally.OnTimeRate is { } rate ? VietnameseFormat.Percent(rate) : "—",
        ])]);

    private static string N(int value) => VietnameseFormat.Number(value);
}
