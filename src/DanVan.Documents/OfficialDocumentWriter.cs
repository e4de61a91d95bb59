using DanVan.Documents.Layout;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents;

/// <summary>Writes an <see cref="OfficialDocument"/> as a Word (.docx) file laid out per its <see cref="DocumentStyle"/>.</summary>
public static class OfficialDocumentWriter
{
    /// <summary>The MIME type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The document as .docx bytes.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The file's content.</returns>
    public static byte[] ToBytes(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        // The package is built in memory: System.IO.Packaging needs a seekable stream.
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            Compose(word, document);
        }

        return stream.ToArray();
    }

    /// <summary>Writes the .docx to a stream, which need not be seekable.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(OfficialDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes(document));
    }

    /// <summary>Writes the .docx to a stream asynchronously, e.g. an HTTP response body.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The write.</returns>
    public static async Task WriteAsync(OfficialDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteAsync(ToBytes(document), cancellationToken).ConfigureAwait(false);
    }

    private static void Compose(WordprocessingDocument word, OfficialDocument document)
    {
        var main = word.AddMainDocumentPart();
        PageSetup.AddStyles(main);
        PageSetup.AddSettings(main);

        var body = new Body();
        body.Append(document.Style == DocumentStyle.Party ? PartyHeader.Build(document) : StateHeader.Build(document));
        body.Append(TitleBlock.Build(document));
        var content = BodyBlocks.Build(document.Body ?? []).ToList();

        // The signature block never starts a page on its own: the last line of the body goes with it.
        if (content.LastOrDefault() is Paragraph last)
        {
            (last.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        }

        body.Append(content);
        body.Append(ClosingBlock.Build(document));
        body.Append(Paragraphs.Space(20));
        body.Append(PageSetup.Section(main));
        main.Document = new Document(body);
        main.Document.Save();

        word.PackageProperties.Title = Runs.Clean($"{Casing.Capitals(document.Kind)} {document.Summary}").Trim();
        word.PackageProperties.Creator = Casing.Capitals(document.Issuer);
        word.PackageProperties.Language = "vi-VN";
    }
}
