using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Web.Features.Reports;

internal static class ReportFormsApi
{
    public static RouteGroupBuilder MapReportFormsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/report-forms").WithTags("Biểu mẫu báo cáo").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", ListAsync).WithSummary("Các biểu mẫu ban hành trong phạm vi của người dùng hoặc ở cấp trên");
        group.MapPost("/", CreateAsync).WithSummary("Tạo biểu mẫu mới (phiên bản 1, đang soạn thảo) với chỉ tiêu, phần nội dung và quy tắc kiểm tra");
        group.MapGet("/{formId:int}", GetAsync);
        group.MapPut("/{formId:int}", UpdateAsync).WithSummary("Sửa toàn bộ định nghĩa của phiên bản đang soạn thảo");
        group.MapPost("/{formId:int}/publish", PublishAsync).WithSummary("Ban hành phiên bản; phiên bản đang dùng trước đó ngừng áp dụng");
        group.MapPost("/{formId:int}/versions", NewVersionAsync).WithSummary("Tạo phiên bản mới (soạn thảo) từ phiên bản này");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<ReportFormSummary>>> ListAsync(ReportFormCatalog catalog, bool? includeRetired, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListAsync(includeRetired ?? false, cancellationToken));

    private static async Task<Results<Ok<ReportFormDetails>, ProblemHttpResult>> GetAsync(ReportFormCatalog catalog, int formId, CancellationToken cancellationToken) =>
        await catalog.GetAsync(formId, cancellationToken) is { } form ? TypedResults.Ok(form) : ResultExtensions.NotFoundProblem("Không tìm thấy biểu mẫu.");

    private static async Task<IResult> CreateAsync(SaveReportForm handler, ReportFormCatalog catalog, ReportFormInput input, CancellationToken cancellationToken)
    {
        var result = await handler.CreateAsync(input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/report-forms/{result.Value}", await catalog.GetAsync(result.Value, cancellationToken))
            : result.ToProblem();
    }

    private static async Task<IResult> UpdateAsync(SaveReportForm handler, ReportFormCatalog catalog, int formId, ReportFormInput input, CancellationToken cancellationToken)
    {
        var result = await handler.UpdateAsync(formId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok(await catalog.GetAsync(formId, cancellationToken)) : result.ToProblem();
    }

    private static async Task<IResult> PublishAsync(PublishReportForm handler, ReportFormCatalog catalog, int formId, CancellationToken cancellationToken)
    {
        var result = await handler.PublishAsync(formId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok(await catalog.GetAsync(formId, cancellationToken)) : result.ToProblem();
    }

    private static async Task<IResult> NewVersionAsync(PublishReportForm handler, ReportFormCatalog catalog, int formId, CancellationToken cancellationToken)
    {
        var result = await handler.NewVersionAsync(formId, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/report-forms/{result.Value}", await catalog.GetAsync(result.Value, cancellationToken))
            : result.ToProblem();
    }
}
