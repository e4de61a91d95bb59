namespace DanVan.Documents.Layout;

/// <summary>The letter case each element of an official document is written in.</summary>
internal static class Casing
{
    public static string Capitals(string? text) => Runs.Clean(text).Trim().ToUpperInvariant();

    /// <summary>"Kết quả …" becomes "kết quả …" (Party trích yếu); an acronym such as "MTTQ" is left alone.</summary>
    public static string LowerFirst(string? text)
    {
        var clean = Runs.Clean(text).Trim();
        if (clean.Length == 0 || !char.IsUpper(clean[0]) || (clean.Length > 1 && char.IsUpper(clean[1])))
        {
            return clean;
        }

        return char.ToLowerInvariant(clean[0]) + clean[1..];
    }

    /// <summary>"kết quả …" becomes "Kết quả …" (State trích yếu).</summary>
    public static string UpperFirst(string? text)
    {
        var clean = Runs.Clean(text).Trim();
        return clean.Length == 0 ? clean : char.ToUpperInvariant(clean[0]) + clean[1..];
    }
}
