namespace DanVan.Documents.Layout;

/// <summary>A4 portrait with the margins both formats accept (20/20/30/15 mm), in DXA (1/20 pt; 1 mm ≈ 56.7).</summary>
internal static class Page
{
    public const int Width = 11906;
    public const int Height = 16838;
    public const int TopMargin = 1134;
    public const int BottomMargin = 1134;
    public const int LeftMargin = 1701;
    public const int RightMargin = 850;

    // Page numbers sit about 10 mm from the top edge.
    public const int HeaderDistance = 567;

    public const int TextWidth = Width - LeftMargin - RightMargin;

    public const string FontName = "Times New Roman";
    public const int BodySize = 28;
    public const int TableSize = 26;
    public const int FirstLineIndent = 567;

    /// <summary>
    /// The left column of the header and closing tables. The spec suggests about 45/55, but each
    /// style needs one line to fit: the State Quốc hiệu (13 pt bold) takes 5,424 twips, so State
    /// gives the right column 60%; the Party title takes only 4,134, so Party splits evenly and
    /// "BAN TUYÊN GIÁO VÀ DÂN VẬN" (14 pt bold, 4,286) stays on one line.
    /// </summary>
    public static int LeftColumn(DocumentStyle style) => style == DocumentStyle.Party ? TextWidth / 2 : 3742;

    public static int RightColumn(DocumentStyle style) => TextWidth - LeftColumn(style);
}
