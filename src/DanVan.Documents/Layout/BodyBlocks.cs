using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>The content: headings and paragraphs justified with a 1 cm first-line indent, and tables.</summary>
internal static class BodyBlocks
{
    private static readonly TextFormat Body = new(Page.BodySize);

    public static IEnumerable<OpenXmlElement> Build(IReadOnlyList<DocumentBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocumentHeading heading:
                    yield return Heading(heading);
                    break;
                case DocumentParagraph paragraph:
                    yield return Text(Runs.Of(paragraph.Text, Body), keepWithNext: false);
                    break;
                case DocumentTable table:
                    foreach (var element in DataTable.Build(table))
                    {
                        yield return element;
                    }

                    break;
                default:
                    throw new ArgumentException("A document's body cannot hold null blocks.", nameof(blocks));
            }
        }
    }

    private static Paragraph Heading(DocumentHeading heading)
    {
        var run = heading.Level switch
        {
            <= 1 => Runs.Of(Casing.Capitals(heading.Text), Body.WithBold()),
            2 => Runs.Of(heading.Text, Body.WithBold()),
            _ => Runs.Of(heading.Text, Body.WithBold().WithItalic()),
        };
        return Text(run, keepWithNext: true);
    }

    // NĐ 30: at least 6 pt between paragraphs, line spacing between single and 1.5.
    private static Paragraph Text(Run run, bool keepWithNext) => new(
        new ParagraphProperties
        {
            KeepNext = keepWithNext ? new KeepNext() : null,
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto },
            Indentation = new Indentation { FirstLine = Paragraphs.Twips(Page.FirstLineIndent) },
            Justification = new Justification { Val = JustificationValues.Both },
            ParagraphMarkRunProperties = Paragraphs.Mark(Page.BodySize),
        },
        run);
}
