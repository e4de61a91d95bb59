using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>Paragraphs of one kind of text, rules under centred lines, and vertical space.</summary>
internal static class Paragraphs
{
    public static Paragraph Line(string? text, TextFormat format, JustificationValues alignment, int before = 0, int after = 0) =>
        Of(alignment, format.HalfPoints, before, after, Runs.Of(text, format));

    public static Paragraph Of(JustificationValues alignment, int markSize, int before, int after, params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = Twips(before), After = Twips(after) },
            Justification = new Justification { Val = alignment },
            ParagraphMarkRunProperties = Mark(markSize),
        });
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>
    /// A solid rule of the given width centred in its container: a 6 pt empty paragraph with a bottom
    /// border. (A top border is drawn through the line above by LibreOffice.)
    /// </summary>
    public static Paragraph Rule(int width, int container)
    {
        var side = Twips(Math.Max(0, (container - Math.Min(width, container)) / 2));
        return new Paragraph(new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = side, Right = side },
            ParagraphMarkRunProperties = Mark(2),
        });
    }

    /// <summary>An empty line of the given height in twips.</summary>
    public static Paragraph Space(int height, bool keepWithNext = false) => new(new ParagraphProperties
    {
        KeepNext = keepWithNext ? new KeepNext() : null,
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = Twips(height), LineRule = LineSpacingRuleValues.Exact },
        ParagraphMarkRunProperties = Mark(2),
    });

    public static ParagraphMarkRunProperties Mark(int halfPoints) => new(
        Runs.Fonts(),
        new FontSize { Val = Runs.Size(halfPoints) },
        new FontSizeComplexScript { Val = Runs.Size(halfPoints) });

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
