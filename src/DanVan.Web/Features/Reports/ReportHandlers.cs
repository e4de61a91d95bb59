namespace DanVan.Web.Features.Reports;

internal static class ReportHandlers
{
    public static IServiceCollection AddReportHandlers(this IServiceCollection services) => services
        .AddSingleton<FormStructures>()
        .AddScoped<ReportFormRules>()
        .AddScoped<ReportFormCatalog>()
        .AddScoped<SaveReportForm>()
        .AddScoped<PublishReportForm>()
        .AddScoped<ReportAccess>()
        .AddScoped<OpenReport>()
        .AddSingleton<ReportWriter>()
        .AddScoped<SaveReport>()
        .AddScoped<SubmitReport>()
        .AddScoped<ReviewReport>()
        .AddScoped<ReportSheets>()
        .AddScoped<ReportPrefill>()
        .AddScoped<ReportDirectory>()
        .AddScoped<ReportConsolidation>()
        .AddScoped<ReportConsolidator>()
        .AddScoped<AttachReportFile>()
        .AddScoped<ReportIssuers>()
        .AddScoped<GrantUnlock>();
}
