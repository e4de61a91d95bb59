using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DanVan.Web.Auth;
using DanVan.Web.Features.Account;
using DanVan.Web.Features.Admin;
using DanVan.Web.Features.Calendar;
using DanVan.Web.Features.Campaigns;
using DanVan.Web.Features.Meetings;
using DanVan.Web.Features.Models;
using DanVan.Web.Features.Notifications;
using DanVan.Web.Features.Organizations;
using DanVan.Web.Features.Petitions;
using DanVan.Web.Features.Programmes;
using DanVan.Web.Features.Reception;
using DanVan.Web.Features.Reports;
using DanVan.Web.Features.Sentiment;
using DanVan.Web.Features.Units;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.WebEncoders;

namespace DanVan.Web.Infrastructure;

internal static class WebHostingExtensions
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IServiceCollection AddDanVanWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.AuthorizeFolder("/", Policies.SignedIn);
                options.Conventions.AllowAnonymousToPage("/Home/Index");
                options.Conventions.AllowAnonymousToPage("/Home/Error");
                options.Conventions.AllowAnonymousToFolder("/Units");
                options.Conventions.AllowAnonymousToFolder("/Calendar");
                options.Conventions.AllowAnonymousToFolder("/Portal");
                options.Conventions.AddPageApplicationModelConvention("/Portal/Petition", page =>
                    page.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(AuthExtensions.PublicSubmissionRateLimit)));
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
                options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                options.Conventions.AuthorizePage("/Organizations/Details", Policies.OrganizationRead);
                options.Conventions.AuthorizePage("/Organizations/Edit", Policies.OrganizationManage);
                options.Conventions.AuthorizePage("/Organizations/Close", Policies.OrganizationManage);
                options.Conventions.AuthorizePage("/Organizations/Merge", Policies.OrganizationManage);
                options.Conventions.AuthorizePage("/Reports/Completeness", Policies.OrganizationRead);
                options.Conventions.AuthorizePage("/Reports/Consolidation", Policies.OrganizationRead);
            })
            .AddMvcOptions(options => VietnameseBindingMessages.Apply(options.ModelBindingMessageProvider))
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.PageViewLocationFormats.Add("/Shared/{0}.cshtml");
            options.ViewLocationFormats.Add("/Shared/{0}.cshtml");
        });
        // Vietnamese letters are written as they are, not as &#x...; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = "X-CSRF-TOKEN";
            options.Cookie.Name = "danvan.csrf";
        });
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [Vietnamese, CultureInfo.GetCultureInfo("en")];
            options.SupportedUICultures = options.SupportedCultures;
        });
        // Pages, JSON and scripts go out compressed (Brotli, else gzip). Antiforgery tokens differ on
        // every response, so compressing HTTPS pages does not open them to BREACH.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/problem+json"];
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsVietnamese.Customize);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.AddScoped<UnitSearch>();
        services.AddOrganizationHandlers();
        services.AddAdminHandlers();
        services.AddReportHandlers();
        services.AddCalendarHandlers();
        services.AddPetitionHandlers();
        services.AddReceptionHandlers();
        services.AddMeetingHandlers();
        services.AddProgrammeHandlers();
        services.AddNotificationHandlers();
        services.AddModelHandlers();
        services.AddCampaignHandlers();
        services.AddSentimentHandlers();
        return services;
    }

    public static IServiceCollection AddDanVanApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DanVan API";
            document.Info.Description = "API của Hệ thống công tác dân vận: đơn vị hành chính, tổ chức, người dùng và vai trò.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        return services;
    }

    public static WebApplication UseDanVanPipeline(this WebApplication app)
    {
        // Behind nginx on the same host (the scale-out shape), the client address and scheme come
        // from the proxy's headers; only loopback proxies are trusted by default.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        // The API answers with ProblemDetails; pages answer with a Vietnamese error page.
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseExceptionHandler("/Error/500").UseStatusCodePagesWithReExecute("/Error/{0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "DanVan API v1");
            options.DocumentTitle = "DanVan API";
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication MapDanVanEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1");
        api.MapAuthApi();
        api.MapUnitsApi();
        api.MapOrganizationsApi();
        api.MapOrganizationTypesApi();
        api.MapUsersApi();
        api.MapAuditApi();
        api.MapReportFormsApi();
        api.MapReportsApi();
        api.MapCalendarApi();
        api.MapPetitionsApi();
        api.MapRemoteAreasApi();
        api.MapReceptionApi();
        api.MapMeetingsApi();
        api.MapProgrammesApi();
        api.MapNotificationsApi();
        api.MapModelsApi();
        api.MapCampaignsApi();
        api.MapSentimentApi();
        return app;
    }
}
