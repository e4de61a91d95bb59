using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Tests;

/// <summary>Opens written .docx bytes and finds paragraphs and runs by their text.</summary>
public sealed class Docx : IDisposable
{
    private readonly MemoryStream _stream;

    private Docx(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Word = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public WordprocessingDocument Word { get; }

    public MainDocumentPart Main => Word.MainDocumentPart!;

    public Body Body => Main.Document.Body!;

    public static Docx Of(OfficialDocument document) => new(OfficialDocumentWriter.ToBytes(document));

    public Paragraph Paragraph(string text) =>
        Body.Descendants<Paragraph>().FirstOrDefault(p => p.InnerText == text)
        ?? throw new ShouldAssertException($"No paragraph reads \"{text}\". Paragraphs: {string.Join(" | ", Texts())}");

    public Run Run(string text) => Paragraph(text).Elements<Run>().Single();

    public IEnumerable<string> Texts() => Body.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0);

    /// <summary>The paragraph after the one with this text, in the same container.</summary>
    public Paragraph Next(string text) => Paragraph(text).ElementsAfter().OfType<Paragraph>().First();

    public List<ValidationErrorInfo> Errors() => new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(Word).ToList();

    public static int Size(Run run) => int.Parse(run.RunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsBold(Run run) => run.RunProperties?.Bold is { } bold && (bold.Val is null || bold.Val.Value);

    public static bool IsItalic(Run run) => run.RunProperties?.Italic is { } italic && (italic.Val is null || italic.Val.Value);

    public static bool IsUnderlined(Run run) => run.RunProperties?.Underline?.Val?.Value == UnderlineValues.Single;

    public static JustificationValues? Alignment(Paragraph paragraph) => paragraph.ParagraphProperties?.Justification?.Val?.Value;

    public static bool IsRule(Paragraph paragraph) =>
        paragraph.InnerText.Length == 0 && paragraph.ParagraphProperties?.ParagraphBorders?.BottomBorder?.Val?.Value == BorderValues.Single;

    public void Dispose()
    {
        Word.Dispose();
        _stream.Dispose();
    }
}
