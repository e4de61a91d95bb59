using System.Globalization;
using System.Text;

namespace DanVan.Documents.Layout;

/// <summary>
/// Estimates how wide a line of Times New Roman is, so a rule can be "as long as the text" as both
/// formats require. Diacritics do not change a letter's advance width, so "Ộ" measures as "O".
/// </summary>
internal static class TextWidth
{
    // Advance widths in thousandths of an em, A–Z then a–z (the standard Times metrics).
    private static readonly int[] Regular =
    [
        722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611,
        444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444,
    ];

    private static readonly int[] Bold =
    [
        722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,
        500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444,
    ];

    /// <summary>The width in twips of the text on one line.</summary>
    public static int Of(string text, TextFormat format)
    {
        var thousandths = 0;
        foreach (var c in Runs.Clean(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                thousandths += Advance(c, format.Bold);
            }
        }

        // Half-points × 10 = twips per em.
        return (int)Math.Ceiling(thousandths * format.HalfPoints * 10 / 1000.0);
    }

    private static int Advance(char c, bool bold)
    {
        var widths = bold ? Bold : Regular;
        return c switch
        {
            'Đ' => widths['D' - 'A'],
            'đ' => widths[26 + ('d' - 'a')],
            >= 'A' and <= 'Z' => widths[c - 'A'],
            >= 'a' and <= 'z' => widths[26 + (c - 'a')],
            ' ' or ',' or '.' => 250,
            '-' or '(' or ')' => 333,
            ':' or ';' or '/' => bold ? 333 : 278,
            _ => 500,
        };
    }
}
