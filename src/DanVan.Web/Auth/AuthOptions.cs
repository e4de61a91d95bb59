namespace DanVan.Web.Auth;

/// <summary>Sign-in limits; bound from the "Auth" section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Sign-in attempts allowed per client address per minute, on the page and the token endpoint.</summary>
    public int SignInPermitPerMinute { get; set; } = 10;

    /// <summary>Petitions and feedback one client address may send on the public portal per hour.</summary>
    public int PublicSubmissionsPerHour { get; set; } = 10;
}
