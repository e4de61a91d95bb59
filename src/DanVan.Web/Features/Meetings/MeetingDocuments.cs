using System.Globalization;
using DanVan.Documents;
using DanVan.Web.Features.Reports;

namespace DanVan.Web.Features.Meetings;

/// <summary>A meeting's minutes with its conclusions (biên bản hội nghị) as an official document in the Party or State layout.</summary>
public static class MeetingDocuments
{
    public static OfficialDocument Minutes(MeetingDto meeting, IReadOnlyList<BridgePointDto> points, ReportIssuers.Issuer issuer, DocumentStyle style)
    {
        var start = meeting.StartsAt;
        var when = $"{start:HH} giờ {start:mm} ngày {start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        var body = new List<DocumentBlock>
        {
            ReportDocuments.Heading(style, 0, "THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
            new DocumentParagraph($"Thời gian: {when}. Hình thức: {meeting.ModeName.ToLower(CultureInfo.GetCultureInfo("vi-VN"))}."),
            new DocumentParagraph($"Địa điểm: {meeting.Place}."),
            new DocumentParagraph("Chủ trì: " + string.Join("; ", meeting.Chairs.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) + "."),
        };
        if (points.Count > 0)
        {
            var b = meeting.Bridges;
            body.Add(new DocumentParagraph(
                $"Hội nghị có {VietnameseFormat.Number(b.Total)} điểm cầu: {VietnameseFormat.Number(b.Connected)} điểm cầu kết nối, {VietnameseFormat.Number(b.Failed)} điểm cầu lỗi kết nối, "
                + $"{VietnameseFormat.Number(b.Absent)} điểm cầu vắng, {VietnameseFormat.Number(b.Pending)} điểm cầu chưa báo; tổng số người dự tại các điểm cầu là {VietnameseFormat.Number(b.Attendance)}."));
            body.Add(new DocumentTable(
                [
                    new DocumentColumn("STT", ColumnAlignment.Center, 6),
                    new DocumentColumn("Điểm cầu", ColumnAlignment.Left, 44),
                    new DocumentColumn("Địa điểm", ColumnAlignment.Left, 26),
                    new DocumentColumn("Tình trạng", ColumnAlignment.Center, 14),
                    new DocumentColumn("Số người dự", ColumnAlignment.Right, 10),
                ],
                [.. points.Select((p, i) => (IReadOnlyList<string>)[N(i + 1), p.OrganizationName, p.Location ?? string.Empty, p.StatusName, p.AttendanceCount is { } n ? N(n) : string.Empty])]));
        }

        body.Add(ReportDocuments.Heading(style, 1, "CHƯƠNG TRÌNH"));
        body.AddRange(meeting.Agenda.Count == 0
            ? [new DocumentParagraph("(Không ghi chương trình.)")]
            : meeting.Agenda.Select(a => new DocumentParagraph($"{a.Order}. {a.Title}" + (a.Presenter is null ? string.Empty : $" – {a.Presenter}") + (a.DurationMinutes is { } d ? $" ({d} phút)" : string.Empty))));
        body.Add(ReportDocuments.Heading(style, 2, "DIỄN BIẾN HỘI NGHỊ"));
        body.AddRange(Paragraphs(meeting.Minutes, "(Chưa ghi biên bản.)"));
        body.Add(ReportDocuments.Heading(style, 3, "KẾT LUẬN"));
        body.AddRange(meeting.Conclusions.Count == 0
            ? [new DocumentParagraph("(Chưa có kết luận.)")]
            : meeting.Conclusions.Select(c => new DocumentParagraph($"{c.Order}. {c.Text}")));
        body.Add(new DocumentParagraph($"Hội nghị kết thúc lúc {meeting.EndsAt:HH} giờ {meeting.EndsAt:mm} cùng ngày{(meeting.EndsAt.Date == start.Date ? string.Empty : " " + meeting.EndsAt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))}."));

        return new OfficialDocument
        {
            Style = style,
            ParentBody = style == DocumentStyle.Party ? issuer.PartyParentBody : issuer.StateParentBody,
            Issuer = issuer.Name,
            IssuerAbbreviation = issuer.Abbreviation,
            KindAbbreviation = "BB",
            Kind = "BIÊN BẢN",
            Place = issuer.Place,
            Date = DateOnly.FromDateTime(start),
            Summary = char.ToLowerInvariant(meeting.Title[0]) + meeting.Title[1..],
            Body = body,
            Recipients = ["Các đồng chí chủ trì", "Các điểm cầu", "Lưu Văn phòng."],
            Signature = new DocumentSignature(null, "CHỦ TRÌ HỘI NGHỊ", FirstChair(meeting.Chairs)),
        };
    }

    private static string FirstChair(string chairs)
    {
        var first = chairs.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        var dash = first.IndexOfAny(['–', '-', ',']);
        return (dash > 0 ? first[..dash] : first).Trim();
    }

    private static IEnumerable<DocumentBlock> Paragraphs(string? text, string empty) => string.IsNullOrWhiteSpace(text)
        ? [new DocumentParagraph(empty)]
        : text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => new DocumentParagraph(p));

    private static string N(int value) => VietnameseFormat.Number(value);
}
