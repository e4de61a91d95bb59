namespace DanVan.Web.Infrastructure;

/// <summary>The <c>Prefer</c> request header (RFC 7240) as the API honours it.</summary>
internal static class PreferHeader
{
    public const string ReturnMinimal = "return=minimal";

    /// <summary>Whether the caller asked for a brief answer (<c>Prefer: return=minimal</c>) instead of the whole resource.</summary>
    public static bool PrefersMinimalReturn(this HttpRequest request) =>
        request.Headers["Prefer"].Any(header => header is not null && header
            .Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(preference => string.Equals(preference.Replace(" ", string.Empty, StringComparison.Ordinal), ReturnMinimal, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Tells the caller its preference was applied.</summary>
    public static void AppliedMinimalReturn(this HttpResponse response) => response.Headers["Preference-Applied"] = ReturnMinimal;
}
