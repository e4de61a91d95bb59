using System.Security.Cryptography;

namespace DanVan.Web.Features.Petitions;

/// <summary>
/// Tracking codes for senders: ten characters from an alphabet without look-alikes (no 0/O, 1/I),
/// grouped as XXXX-XXXX-XX: about 50 bits, so a code cannot be guessed from another.
/// </summary>
public static class TrackingCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> code = stackalloc char[12];
        var position = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 8)
            {
                code[position++] = '-';
            }

            code[position++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>The code as stored, from what a person typed (any case, with or without dashes and spaces); <c>null</c> when it cannot be one.</summary>
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
