using DanVan.Documents;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Reports;

/// <summary>
/// Reads the fill form: fields "v:CODE" / "v:CODE#n" hold numbers typed the Vietnamese way,
/// "n:SECTION" the narrative, "revision" the revision the page was opened at.
/// </summary>
internal static class ReportPost
{
    public const string ValuePrefix = "v:";
    public const string NarrativePrefix = "n:";

    public static (ReportSaveInput Input, ValidationErrors Errors) Read(IFormCollection form)
    {
        var errors = new ValidationErrors();
        var input = new ReportSaveInput
        {
            Revision = int.TryParse(form["revision"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision) ? revision : -1,
        };
        foreach (var (key, value) in form)
        {
            if (key.StartsWith(ValuePrefix, StringComparison.Ordinal))
            {
                var code = key[ValuePrefix.Length..];
                var text = value.ToString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    input.Values[code] = null;
                }
                else if (VietnameseFormat.TryParseNumber(text, out var number))
                {
                    input.Values[code] = number;
                }
                else
                {
                    errors.Add($"Values[{code}]", $"\"{(text.Length > 20 ? text[..20] + "…" : text)}\" không phải là số; nhập kiểu 1.234 hoặc 1234,5.");
                }
            }
            else if (key.StartsWith(NarrativePrefix, StringComparison.Ordinal))
            {
                input.Narratives[key[NarrativePrefix.Length..]] = value.ToString();
            }
        }

        return (input, errors);
    }
}
