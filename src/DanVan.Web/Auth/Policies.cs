namespace DanVan.Web.Auth;

/// <summary>The authorization policies; every endpoint and page names one, or is public on purpose.</summary>
internal static class Policies
{
    /// <summary>Any signed-in person.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>A person who holds Quản trị in some organisation.</summary>
    public const string Admin = "Admin";

    /// <summary>The organisation in the route is inside one of the person's subtrees.</summary>
    public const string OrganizationRead = "OrganizationRead";

    /// <summary>The organisation in the route is inside a subtree where the person is Quản trị.</summary>
    public const string OrganizationManage = "OrganizationManage";

    /// <summary>The route value that names the target organisation.</summary>
    public const string OrganizationRouteKey = "organizationId";
}
