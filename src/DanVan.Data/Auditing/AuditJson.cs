using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace DanVan.Data.Auditing;

internal static class AuditJson
{
    // Vietnamese letters stay readable in the stored JSON instead of \u escapes.
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
