namespace DanVan.Domain.Exemplary;

/// <summary>Vietnamese names of <see cref="ModelField"/>.</summary>
public static class ModelFieldNames
{
    /// <summary>The field's name.</summary>
    /// <param name="field">The field.</param>
    /// <returns>E.g. "Văn hóa – xã hội".</returns>
    public static string Of(ModelField field) => field switch
    {
        ModelField.Economy => "Kinh tế",
        ModelField.CultureSociety => "Văn hóa – xã hội",
        ModelField.DefenceSecurity => "Quốc phòng – an ninh",
        ModelField.PartyBuilding => "Xây dựng Đảng và hệ thống chính trị",
        _ => field.ToString(),
    };

    /// <summary>Reads a field by its code ("Economy") or number ("1"); nothing else.</summary>
    /// <param name="text">What was sent.</param>
    /// <param name="field">The field read.</param>
    /// <returns>Whether it named a field.</returns>
    public static bool TryParse(string? text, out ModelField field)
    {
        field = default;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || !Enum.TryParse(value, ignoreCase: true, out field))
        {
            return false;
        }

        return Enum.IsDefined(field);
    }
}
