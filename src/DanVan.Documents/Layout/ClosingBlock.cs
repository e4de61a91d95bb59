using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>Nơi nhận on the left, level with the signature block on the right.</summary>
internal static class ClosingBlock
{
    private static readonly TextFormat Signature = new(28);

    // Room for the signature and the seal.
    private const int SignatureSpace = 1600;

    public static IEnumerable<OpenXmlElement> Build(OfficialDocument document)
    {
        yield return Paragraphs.Space(240, keepWithNext: true);
        yield return LayoutTable.Of(
            Page.LeftColumn(document.Style),
            Page.RightColumn(document.Style),
            (Recipients(document), SignatureBlock(document)));
    }

    // Party: "Nơi nhận:" 14 underlined, list 12 ending in ","; State: 12 bold italic, list 11 ending in ";".
    private static IEnumerable<Paragraph> Recipients(OfficialDocument document)
    {
        var party = document.Style == DocumentStyle.Party;
        var recipients = document.Recipients
            .Select(r => Runs.Clean(r).Trim().TrimEnd(',', ';', '.').TrimEnd())
            .Where(r => r.Length > 0)
            .ToList();
        if (recipients.Count == 0)
        {
            yield break;
        }

        var label = party ? new TextFormat(28, Underline: true) : new TextFormat(24, Bold: true, Italic: true);
        var item = new TextFormat(party ? 24 : 22);
        var separator = party ? "," : ";";
        yield return Paragraphs.Line("Nơi nhận:", label, JustificationValues.Left, before: 120);
        for (var i = 0; i < recipients.Count; i++)
        {
            var end = i == recipients.Count - 1 ? "." : separator;
            yield return Paragraphs.Line($"- {recipients[i]}{end}", item, JustificationValues.Left);
        }
    }

    // Party: authority bold, position regular under it (bold when the head signs directly); State: both bold.
    private static IEnumerable<Paragraph> SignatureBlock(OfficialDocument document)
    {
        var signature = document.Signature ?? throw new ArgumentException("A document needs a signature.", nameof(document));
        var authority = Casing.Capitals(signature.Authority);
        var position = Casing.Capitals(signature.Position);
        var positionBold = document.Style == DocumentStyle.State || authority.Length == 0;
        if (authority.Length > 0)
        {
            yield return Paragraphs.Line(authority, Signature.WithBold(), JustificationValues.Center, before: 120);
        }

        if (position.Length > 0)
        {
            yield return Paragraphs.Line(position, Signature.WithBold(positionBold), JustificationValues.Center, before: authority.Length > 0 ? 0 : 120);
        }

        yield return Paragraphs.Line(Runs.Clean(signature.Name).Trim(), Signature.WithBold(), JustificationValues.Center, before: SignatureSpace);
    }
}
