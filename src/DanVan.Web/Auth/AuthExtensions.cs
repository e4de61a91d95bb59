using System.Threading.RateLimiting;
using DanVan.Data;
using DanVan.Data.Accounts;
using DanVan.Data.Auditing;
using DanVan.Data.Entities;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Web.Auth;

internal static class AuthExtensions
{
    public const string SignInRateLimit = "sign-in";
    public const string PublicSubmissionRateLimit = "public-submission";
    private const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddDanVanAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddScoped<OrganizationScope>();
        services.AddScoped<CurrentOrganization>();
        services.AddScoped<SubtreeAccess>();

        services.AddIdentityCore<AppUser>(AccountPolicy.Apply)
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrors>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie hoặc bearer", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "danvan.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // API callers get status codes, never a redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddSingleton<IAuthorizationHandler, OrganizationAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, AdministratorRequirement>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.Admin, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdministratorRequirement()))
            .AddPolicy(Policies.OrganizationRead, policy => policy.RequireAuthenticatedUser().AddRequirements(new OrganizationAccessRequirement(manage: false)))
            .AddPolicy(Policies.OrganizationManage, policy => policy.RequireAuthenticatedUser().AddRequirements(new OrganizationAccessRequirement(manage: true)));
        // No fallback policy: every endpoint names its policy or is marked public, and a test
        // enumerates them all; an unknown address is then a plain 404, not a sign-in prompt.

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count: opening the sign-in page is free.
            options.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPermitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Citizens without an account: sending counts, reading the form or a status does not.
            options.AddPolicy(PublicSubmissionRateLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetFixedWindowLimiter(
                    "public:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PublicSubmissionsPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (!context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    return; // pages get the Vietnamese 429 page from the status-code pages
                }

                var submission = context.HttpContext.Request.Path.StartsWithSegments("/api/v1/public");
                context.HttpContext.Response.ContentType = "application/problem+json";
                await context.HttpContext.Response.WriteAsJsonAsync(
                    submission
                        ? new { title = "Quá nhiều lần gửi", status = 429, detail = "Bạn đã gửi quá nhiều đơn trong một giờ. Vui lòng thử lại sau." }
                        : new { title = "Quá nhiều lần thử", status = 429, detail = "Bạn đã thử đăng nhập quá nhiều lần. Vui lòng đợi một phút rồi thử lại." },
                    cancellationToken);
            };
        });
        return services;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.IsHtmx())
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
