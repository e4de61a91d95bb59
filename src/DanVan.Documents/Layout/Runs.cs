using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Documents.Layout;

/// <summary>Runs of text in Times New Roman; the text is cleaned of what XML cannot hold.</summary>
internal static class Runs
{
    public static Run Of(string? text, TextFormat format)
    {
        var run = new Run(Properties(format));
        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            var pieces = lines[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new TabChar());
                }

                if (pieces[j].Length > 0)
                {
                    run.Append(new Text(pieces[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }

        return run;
    }

    public static RunProperties Properties(TextFormat format) => new()
    {
        RunFonts = Fonts(),
        Bold = format.Bold ? new Bold() : null,
        BoldComplexScript = format.Bold ? new BoldComplexScript() : null,
        Italic = format.Italic ? new Italic() : null,
        ItalicComplexScript = format.Italic ? new ItalicComplexScript() : null,
        FontSize = new FontSize { Val = Size(format.HalfPoints) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Size(format.HalfPoints) },
        Underline = format.Underline ? new Underline { Val = UnderlineValues.Single } : null,
    };

    public static RunFonts Fonts() => new()
    {
        Ascii = Page.FontName,
        HighAnsi = Page.FontName,
        EastAsia = Page.FontName,
        ComplexScript = Page.FontName,
    };

    public static string Size(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // NFC so a decomposed "ệ" from a pasted text prints as one glyph; XML 1.0 cannot hold most
    // control characters or a lone surrogate, and "\r\n" is one line break.
    internal static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var source = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var clean = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                clean.Append(c).Append(source[++i]);
            }
            else if (c is '\n' or '\t' || (!char.IsControl(c) && !char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF'))
            {
                clean.Append(c);
            }
        }

        var valid = clean.ToString();
        return valid.IsNormalized(NormalizationForm.FormC) ? valid : valid.Normalize(NormalizationForm.FormC);
    }
}
