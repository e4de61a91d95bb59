using System.Globalization;
using System.Text;

namespace DanVan.Domain.Text;

/// <summary>
/// Vietnamese text rules shared by every search: what a user types without diacritics must
/// find the name as it is written.
/// </summary>
public static class VietnameseText
{
    /// <summary>
    /// Folds text for matching: NFC, lower case, all diacritics removed, đ/Đ (and the look-alike
    /// Ð, U+00D0) to d, white space collapsed. Old and new tone-mark placement (hòa / hoà) fold to
    /// the same string because the tone marks are removed.
    /// </summary>
    /// <param name="text">Any text; <c>null</c> folds to the empty string.</param>
    /// <returns>The folded form, suitable for a search column.</returns>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Decomposition separates base letters from tone and vowel marks; đ has no decomposition,
        // so it is mapped by hand.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' or 'Ð' or 'ð' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// The folded words of a search, each of which a match must contain ("mttq nghe an" finds
    /// "Ủy ban MTTQ Việt Nam tỉnh Nghệ An"). At most <paramref name="max"/> words are kept.
    /// </summary>
    /// <param name="query">What the user typed.</param>
    /// <param name="max">The most words to use.</param>
    /// <returns>Distinct folded words, longest first so the most selective filter runs first.</returns>
    public static IReadOnlyList<string> SearchTerms(string? query, int max = 8) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length)
            .Take(max)
            .ToList();

    /// <summary>Returns the text in Unicode NFC, trimmed, as it should be stored.</summary>
    /// <param name="text">Text typed by a user or read from a file.</param>
    /// <returns>The normalised text, or the empty string for <c>null</c>.</returns>
    public static string Normalize(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Normalize(NormalizationForm.FormC).Trim();

    /// <summary>Vietnamese collation for sorting names (Ă after A, Đ after D, and so on).</summary>
    public static StringComparer Collation { get; } = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
}
