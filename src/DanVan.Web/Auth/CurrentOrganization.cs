namespace DanVan.Web.Auth;

/// <summary>
/// The organisation a person is working for right now (đơn vị làm việc). A person with roles in
/// several organisations picks one in the top bar; the tree and the home page start from it.
/// Permissions stay the union of all the person's roles.
/// </summary>
public sealed class CurrentOrganization(OrganizationScope scope, IHttpContextAccessor http)
{
    public const string CookieName = "danvan.org";

    public async Task<ScopeRole?> GetAsync(CancellationToken cancellationToken = default)
    {
        var roles = await scope.RolesAsync(cancellationToken);
        if (roles.Count == 0)
        {
            return null;
        }

        var chosen = http.HttpContext?.Request.Cookies[CookieName];
        return roles.FirstOrDefault(r => r.OrganizationId.ToString(System.Globalization.CultureInfo.InvariantCulture) == chosen)
            ?? roles.OrderBy(r => r.Path.Length).ThenByDescending(r => r.Role).First();
    }

    /// <summary>Remembers the choice when it is one of the person's organisations.</summary>
    public async Task<bool> SetAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        var roles = await scope.RolesAsync(cancellationToken);
        if (http.HttpContext is not { } context || roles.All(r => r.OrganizationId != organizationId))
        {
            return false;
        }

        context.Response.Cookies.Append(CookieName, organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(30),
        });
        return true;
    }
}
