using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>Styles (Times New Roman 14 pt), settings, the page-number header and the A4 section.</summary>
internal static class PageSetup
{
    public static void AddStyles(MainDocumentPart main)
    {
        var size = Runs.Size(Page.BodySize);
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Runs.Fonts(),
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle(),
                new StyleRunProperties(Runs.Fonts(), new FontSize { Val = size }, new FontSizeComplexScript { Val = size }))
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            });
        part.Styles.Save();
    }

    public static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new Settings(
            new DefaultTabStop { Val = 567 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
        part.Settings.Save();
    }

    /// <summary>The A4 section; page numbers from page 2, centred at the top (page 1 has an empty header).</summary>
    public static SectionProperties Section(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        var pageNumber = new SimpleField(Runs.Of("2", new TextFormat(Page.BodySize))) { Instruction = " PAGE " };
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties
            {
                Justification = new Justification { Val = JustificationValues.Center },
                ParagraphMarkRunProperties = Paragraphs.Mark(Page.BodySize),
            },
            pageNumber));
        numbered.Header.Save();

        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        first.Header.Save();

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = (UInt32Value)(uint)Page.Width, Height = (UInt32Value)(uint)Page.Height, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = Page.TopMargin,
                Bottom = Page.BottomMargin,
                Left = (uint)Page.LeftMargin,
                Right = (uint)Page.RightMargin,
                Header = (uint)Page.HeaderDistance,
                Footer = (uint)Page.HeaderDistance,
                Gutter = 0U,
            },
            new TitlePage());
    }
}
