namespace DanVan.Web.Features.Organizations;

internal static class OrganizationHandlers
{
    public static IServiceCollection AddOrganizationHandlers(this IServiceCollection services) => services
        .AddScoped<OrganizationDirectory>()
        .AddScoped<OrganizationRules>()
        .AddScoped<CreateOrganization>()
        .AddScoped<UpdateOrganization>()
        .AddScoped<CloseOrganization>()
        .AddScoped<MergeOrganization>()
        .AddScoped<SaveOrganizationType>()
        .AddScoped<OrganizationFormChoices>();
}
