using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>
/// The State header (NĐ 30, Phụ lục I): parent body and issuer with a short rule on the left, Quốc hiệu
/// and Tiêu ngữ with a rule as long as the text on the right; "Số:" and the place and date share a
/// second row so they stay on one line however the names above wrap.
/// </summary>
internal static class StateHeader
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    // The 13/14/14 size set: Quốc hiệu 13, Tiêu ngữ 14, place and date 14.
    private static readonly TextFormat Agency = new(26);
    private static readonly TextFormat NationalNameFormat = new(26, Bold: true);
    private static readonly TextFormat MottoFormat = new(28, Bold: true);
    private static readonly TextFormat PlaceAndDate = new(28, Italic: true);

    public static Table Build(OfficialDocument document)
    {
        var left = Page.LeftColumn(DocumentStyle.State);
        var right = Page.RightColumn(DocumentStyle.State);
        var issuer = Casing.Capitals(document.Issuer);
        Paragraph[] names =
        [
            Paragraphs.Line(Casing.Capitals(document.ParentBody), Agency, JustificationValues.Center),
            Paragraphs.Line(issuer, Agency.WithBold(), JustificationValues.Center),
            Paragraphs.Rule(Rules.Short(TextWidth.Of(issuer, Agency.WithBold()), left), left),
        ];
        Paragraph[] nation =
        [
            Paragraphs.Line(NationalName, NationalNameFormat, JustificationValues.Center),
            Paragraphs.Line(Motto, MottoFormat, JustificationValues.Center),
            Paragraphs.Rule(TextWidth.Of(Motto, MottoFormat), right),
        ];
        Paragraph[] number = [Paragraphs.Line(DocumentNumber.Line(document), Agency, JustificationValues.Center, before: 120)];
        Paragraph[] date = [Paragraphs.Line(VietnameseFormat.LongDate(Runs.Clean(document.Place), document.Date), PlaceAndDate, JustificationValues.Center, before: 120)];
        return LayoutTable.Of(left, right, (names, nation), (number, date));
    }
}
