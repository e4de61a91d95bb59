using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>Tên loại and trích yếu: "BÁO CÁO", then the summary, then "-----" (Party) or a short rule (State).</summary>
internal static class TitleBlock
{
    public static IEnumerable<Paragraph> Build(OfficialDocument document)
    {
        var party = document.Style == DocumentStyle.Party;
        var kind = new TextFormat(party ? 32 : 28, Bold: true);
        var summaryFormat = new TextFormat(28, Bold: true);
        var summary = party ? Casing.LowerFirst(document.Summary) : Casing.UpperFirst(document.Summary);

        yield return Paragraphs.Line(Casing.Capitals(document.Kind), kind, JustificationValues.Center, before: 360);
        yield return Paragraphs.Line(summary, summaryFormat, JustificationValues.Center);
        yield return party
            ? Paragraphs.Line("-----", new TextFormat(28), JustificationValues.Center)
            : Paragraphs.Rule(Rules.Short(TextWidth.Of(summary, summaryFormat), Page.TextWidth), Page.TextWidth);
        yield return Paragraphs.Space(240);
    }
}
