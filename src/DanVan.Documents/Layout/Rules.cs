namespace DanVan.Documents.Layout;

/// <summary>Lengths of the short rules under the State issuer and trích yếu.</summary>
internal static class Rules
{
    /// <summary>NĐ 30 asks for 1/3 to 1/2 of the text: 2/5 of the first line, between 1 and 5 cm.</summary>
    public static int Short(int textWidth, int container) => Math.Clamp(Math.Min(textWidth, container) * 2 / 5, 567, 2835);
}
