using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Web.Features.Reception;

/// <summary>
/// Reads a JSON number or string as text, so that a count typed as "12" or sent as 12 both reach
/// the handler, and "mười hai" gets a message naming the field instead of an unreadable-body 400.
/// </summary>
internal sealed class NumberOrTextConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var whole)
            ? whole.ToString(CultureInfo.InvariantCulture)
            : reader.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw new JsonException("Expected a number or a string."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
