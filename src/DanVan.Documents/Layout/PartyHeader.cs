using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>
/// The Party header (HD 36): parent and issuing body, "*" and "Số" on the left; "ĐẢNG CỘNG SẢN VIỆT NAM"
/// with a rule as long as the text, then the place and date, on the right.
/// </summary>
internal static class PartyHeader
{
    public const string Title = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private static readonly TextFormat Agency = new(28);
    private static readonly TextFormat TitleFormat = new(30, Bold: true);

    public static Table Build(OfficialDocument document)
    {
        var right = Page.RightColumn(DocumentStyle.Party);
        Paragraph[] leftBlock =
        [
            Paragraphs.Line(Casing.Capitals(document.ParentBody), Agency, JustificationValues.Center),
            Paragraphs.Line(Casing.Capitals(document.Issuer), Agency.WithBold(), JustificationValues.Center),
            Paragraphs.Line("*", Agency, JustificationValues.Center),
            Paragraphs.Line(DocumentNumber.Line(document), Agency, JustificationValues.Center),
        ];
        Paragraph[] rightBlock =
        [
            Paragraphs.Line(Title, TitleFormat, JustificationValues.Center),
            Paragraphs.Rule(TextWidth.Of(Title, TitleFormat), right),
            Paragraphs.Line(VietnameseFormat.LongDate(Runs.Clean(document.Place), document.Date), Agency.WithItalic(), JustificationValues.Center, before: 240),
        ];
        return LayoutTable.Of(Page.LeftColumn(DocumentStyle.Party), right, (leftBlock, rightBlock));
    }
}
