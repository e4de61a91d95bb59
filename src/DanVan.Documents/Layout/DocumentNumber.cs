namespace DanVan.Documents.Layout;

/// <summary>The "Số" line: "Số 12-BC/BTGDVTU" (Party, no colon) or "Số: 12/BC-SNV" (State).</summary>
internal static class DocumentNumber
{
    // Room for the clerk to write the number by hand; non-breaking so Word keeps the space.
    private const string Blank = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    public static string Line(OfficialDocument document) =>
        (document.Style == DocumentStyle.Party ? "Số " : "Số: ") + Symbol(document);

    /// <summary>The number and symbol, or a blank number with the right punctuation: Party "-BC/BTGDVTU", State "/BC-SNV".</summary>
    public static string Symbol(OfficialDocument document)
    {
        if (!string.IsNullOrWhiteSpace(document.Number))
        {
            return Runs.Clean(document.Number).Trim();
        }

        var kind = Runs.Clean(document.KindAbbreviation).Trim();
        var issuer = string.IsNullOrWhiteSpace(document.IssuerAbbreviation) ? Blank : Runs.Clean(document.IssuerAbbreviation).Trim();
        return (document.Style, kind.Length) switch
        {
            (_, 0) => $"{Blank}/{issuer}",
            (DocumentStyle.Party, _) => $"{Blank}-{kind}/{issuer}",
            _ => $"{Blank}/{kind}-{issuer}",
        };
    }
}
