namespace DanVan.Documents.Layout;

/// <summary>How a run of text looks; sizes are in half-points (14 pt = 28), as Word stores them.</summary>
internal readonly record struct TextFormat(int HalfPoints, bool Bold = false, bool Italic = false, bool Underline = false)
{
    public TextFormat WithBold(bool bold = true) => this with { Bold = bold };

    public TextFormat WithItalic() => this with { Italic = true };
}
