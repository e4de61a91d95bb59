using DanVan.Documents;
using DanVan.Domain.Reporting;

namespace DanVan.Web.Features.Reports;

/// <summary>Reports and consolidations as official documents (Word) in the Party or the State format.</summary>
public static class ReportDocuments
{
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static OfficialDocument ForReport(ReportSheet sheet, ReportIssuers.Issuer issuer, DocumentStyle style)
    {
        var period = ReportingPeriod.Parse(sheet.PeriodKey);
        var body = new List<DocumentBlock>
        {
            Heading(style, 0, "SỐ LIỆU CHỦ YẾU"),
            FiguresTable(sheet.Indicators.Select(i => (i.Name, i.Unit, i.Value, i.Previous, i.LastYear))),
        };
        var index = 1;
        foreach (var section in sheet.Sections)
        {
            body.Add(Heading(style, index++, section.Title.ToUpperInvariant()));
            body.AddRange(Paragraphs(section.Text));
        }

        return Official(style, issuer, Summary(sheet.FormName, period), body);
    }

    public static OfficialDocument ForConsolidation(Consolidation consolidation, ReportIssuers.Issuer issuer, DocumentStyle style)
    {
        var period = ReportingPeriod.Parse(consolidation.PeriodKey);
        var c = consolidation.Completeness;
        var body = new List<DocumentBlock>
        {
            Heading(style, 0, "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ"),
            new DocumentParagraph($"Có {c.Received}/{c.Expected} đơn vị gửi báo cáo ({ReportDisplay.Percent(c.ReceivedRate)}), trong đó {c.OnTime} đơn vị gửi đúng hạn ({ReportDisplay.Percent(c.OnTimeRate)}), {c.Late} đơn vị gửi trễ hạn; {c.Returned} báo cáo bị trả lại để hoàn thiện; {c.Missing + c.NotYetDue} đơn vị chưa gửi."),
            Heading(style, 1, "SỐ LIỆU TỔNG HỢP"),
            FiguresTable(consolidation.Indicators.Select(i => (i.Name, i.Unit, i.Value, i.Previous, i.LastYear))),
        };
        var index = 2;
        foreach (var section in consolidation.Sections.Where(s => s.Entries.Count > 0))
        {
            body.Add(Heading(style, index++, section.Title.ToUpperInvariant()));
            foreach (var entry in section.Entries)
            {
                body.AddRange(Paragraphs(entry.Text).Select((p, i) => i == 0 ? new DocumentParagraph($"{entry.OrganizationName}: {((DocumentParagraph)p).Text}") : p));
            }
        }

        return Official(style, issuer, "tổng hợp " + Summary(consolidation.FormName, period), body);
    }

    /// <summary>A report (BC) of the issuing organisation with the given summary and body: header, place and date, recipients and signature.</summary>
    public static OfficialDocument Official(DocumentStyle style, ReportIssuers.Issuer issuer, string summary, IReadOnlyList<DocumentBlock> body) => new()
    {
        Style = style,
        ParentBody = style == DocumentStyle.Party ? issuer.PartyParentBody : issuer.StateParentBody,
        Issuer = issuer.Name,
        IssuerAbbreviation = issuer.Abbreviation,
        KindAbbreviation = "BC",
        Place = issuer.Place,
        Date = issuer.Today,
        Summary = summary,
        Body = body,
        Recipients = issuer.ParentName is null ? ["Lưu Văn phòng."] : [$"{issuer.ParentName} (để báo cáo)", "Lưu Văn phòng."],
        Signature = new DocumentSignature(null, "TRƯỞNG BAN", string.Empty),
    };

    private static string Summary(string formName, ReportingPeriod period)
    {
        var name = formName.StartsWith("Báo cáo ", StringComparison.Ordinal) ? "kết quả " + formName["Báo cáo ".Length..] : formName;
        return $"{char.ToLowerInvariant(name[0])}{name[1..]} {period.LabelInSentence}";
    }

    /// <summary>A numbered section heading as each layout writes it: "I- …" (Party) or "I. …" (State).</summary>
    public static DocumentHeading Heading(DocumentStyle style, int index, string text) =>
        new(1, (style == DocumentStyle.Party ? $"{Roman[index % Roman.Length]}- " : $"{Roman[index % Roman.Length]}. ") + text);

    private static IEnumerable<DocumentBlock> Paragraphs(string text) => string.IsNullOrWhiteSpace(text)
        ? [new DocumentParagraph("(Không có nội dung.)")]
        : text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => new DocumentParagraph(p));

    private static DocumentTable FiguresTable(IEnumerable<(string Name, string? Unit, double? Value, double? Previous, double? LastYear)> rows) => new(
        [
            new DocumentColumn("STT", ColumnAlignment.Center, 6),
            new DocumentColumn("Chỉ tiêu", ColumnAlignment.Left, 40),
            new DocumentColumn("Đơn vị tính", ColumnAlignment.Center, 10),
            new DocumentColumn("Kỳ này", ColumnAlignment.Right, 12),
            new DocumentColumn("Kỳ trước", ColumnAlignment.Right, 10),
            new DocumentColumn("So với kỳ trước", ColumnAlignment.Right, 12),
            new DocumentColumn("Cùng kỳ năm trước", ColumnAlignment.Right, 10),
        ],
        rows.Select((r, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.Name,
            r.Unit ?? string.Empty,
            ReportDisplay.Number(r.Value),
            ReportDisplay.Number(r.Previous),
            ReportDisplay.Change(new Change(r.Value, r.Previous)),
            ReportDisplay.Number(r.LastYear),
        ]).ToList());
}
