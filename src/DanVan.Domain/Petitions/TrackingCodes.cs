using System.Security.Cryptography;

namespace DanVan.Domain.Petitions;

/// <summary>
/// Tracking codes for senders: ten characters from an alphabet without look-alikes (no 0/O, 1/I),
/// grouped as XXXX-XXXX-XX: about 50 bits, so a code cannot be guessed from another.
/// </summary>
public static class TrackingCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>A new random code.</summary>
    /// <returns>The code, as XXXX-XXXX-XX.</returns>
    public static string New() => From(i => RandomNumberGenerator.GetInt32(i));

    /// <summary>A code drawn from the given source of numbers below a bound (a seeded one for repeatable data sets).</summary>
    /// <param name="next">Returns a number from 0 up to (not including) its argument.</param>
    /// <returns>The code.</returns>
    public static string From(Func<int, int> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Span<char> code = stackalloc char[12];
        var position = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 8)
            {
                code[position++] = '-';
            }

            code[position++] = Alphabet[next(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>The code as stored, from what a person typed (any case, with or without dashes and spaces); <c>null</c> when it cannot be one.</summary>
    /// <param name="text">What was typed.</param>
    /// <returns>The code, or <c>null</c>.</returns>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        var letters = text.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray();
        if (letters.Length != 10 || letters.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var raw = new string(letters);
        return $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
    }
}
