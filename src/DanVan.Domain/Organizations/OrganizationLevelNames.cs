namespace DanVan.Domain.Organizations;

/// <summary>Vietnamese names of <see cref="OrganizationLevel"/> values.</summary>
public static class OrganizationLevelNames
{
    /// <summary>The display name of a level, e.g. "Cấp tỉnh".</summary>
    /// <param name="level">The level.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string Of(OrganizationLevel level) => level switch
    {
        OrganizationLevel.Central => "Trung ương",
        OrganizationLevel.Province => "Cấp tỉnh",
        OrganizationLevel.District => "Cấp huyện",
        OrganizationLevel.Commune => "Cấp xã",
        _ => level.ToString(),
    };
}
