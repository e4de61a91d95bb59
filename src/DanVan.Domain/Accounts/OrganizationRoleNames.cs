namespace DanVan.Domain.Accounts;

/// <summary>Vietnamese names and stable codes of <see cref="OrganizationRole"/> values.</summary>
public static class OrganizationRoleNames
{
    /// <summary>The display name, e.g. "Chuyên viên".</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(OrganizationRole role) => role switch
    {
        OrganizationRole.Officer => "Chuyên viên",
        OrganizationRole.Leader => "Lãnh đạo",
        OrganizationRole.Administrator => "Quản trị",
        _ => role.ToString(),
    };

    /// <summary>Parses a role from its code ("officer"), English name or Vietnamese name, diacritics optional.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="role">The role found.</param>
    /// <returns>Whether a role was found.</returns>
    public static bool TryParse(string? text, out OrganizationRole role)
    {
        var folded = Text.VietnameseText.Fold(text);
        foreach (var candidate in Enum.GetValues<OrganizationRole>())
        {
            if (string.Equals(folded, candidate.ToString(), StringComparison.OrdinalIgnoreCase) || folded == Text.VietnameseText.Fold(Of(candidate)))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
