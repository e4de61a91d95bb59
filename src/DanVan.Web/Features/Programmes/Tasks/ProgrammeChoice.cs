using System.Globalization;

namespace DanVan.Web.Features.Programmes.Tasks;

/// <summary>The task form's one picker for a programme and, optionally, one of its groups: "12" or "12:34".</summary>
internal static class ProgrammeChoice
{
    public static (int? ProgrammeId, int? GroupId) Parse(string? value)
    {
        var parts = (value ?? string.Empty).Split(':', 2);
        int? Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return (Number(parts[0]), parts.Length > 1 ? Number(parts[1]) : null);
    }
}
