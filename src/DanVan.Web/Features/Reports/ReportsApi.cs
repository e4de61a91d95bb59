using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Web.Features.Reports;

internal static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Báo cáo").RequireAuthorization(Policies.SignedIn);
        group.MapPost("/", OpenAsync)
            .WithSummary("Mở (hoặc tạo bản nháp) báo cáo của một đơn vị theo biểu mẫu và kỳ; có thể ghi giá trị và gửi luôn (submit: true)")
            .WithDescription("Trả về toàn bộ báo cáo. Hệ thống gửi số liệu có thể gửi kèm header `Prefer: return=minimal` để nhận câu trả lời gọn: mã báo cáo, trạng thái, revision và cảnh báo theo quy tắc kiểm tra.");
        group.MapGet("/awaiting-review", AwaitingReviewAsync).WithSummary("Báo cáo cấp dưới đã gửi, chờ người dùng duyệt");
        group.MapGet("/{reportId:long}", GetAsync).WithSummary("Báo cáo với giá trị, kỳ trước, cùng kỳ năm trước, nội dung và cảnh báo");
        group.MapPut("/{reportId:long}/values", SaveAsync).WithSummary("Lưu giá trị và nội dung; revision phải là bản mới nhất, nếu không trả về 409");
        group.MapGet("/{reportId:long}/history/{key}", HistoryAsync).WithSummary("Lịch sử thay đổi của một giá trị");
        group.MapPost("/{reportId:long}/submit", SubmitAsync).WithSummary("Gửi báo cáo lên cấp trên");
        group.MapPost("/{reportId:long}/approve", ApproveAsync).WithSummary("Cấp trên duyệt báo cáo");
        group.MapPost("/{reportId:long}/return", ReturnAsync).WithSummary("Cấp trên trả lại báo cáo kèm lý do");
        group.MapPost("/{reportId:long}/unlock", UnlockAsync).WithSummary("Cấp trên mở khóa kỳ đã khóa sổ cho đơn vị đến một ngày (dd/MM/yyyy), kèm lý do");

        var organization = api.MapGroup("/organizations/{organizationId:int}/reports").WithTags("Báo cáo").RequireAuthorization(Policies.OrganizationRead);
        organization.MapGet("/", ObligationsAsync).WithSummary("Các biểu mẫu đơn vị phải báo cáo và tình trạng các kỳ gần đây");
        organization.MapGet("/completeness", CompletenessAsync).WithSummary("Tình hình nộp báo cáo của các đơn vị trong phạm vi: đúng hạn, trễ hạn, chưa gửi, trả lại");
        organization.MapGet("/consolidation", ConsolidateAsync).WithSummary("Tổng hợp số liệu toàn phạm vi theo đơn vị trực thuộc, so sánh kỳ trước và cùng kỳ năm trước");
        return group;
    }

    // A new report is written once, with its values, and sent in the same transaction when asked.
    private static async Task<IResult> OpenAsync(OpenReport open, SaveReport save, SubmitReport submit, ReportSheets sheets, ReportCreateInput input, HttpContext http, CancellationToken cancellationToken)
    {
        var fills = input.Values.Count > 0 || input.Narratives.Count > 0 || input.Submit;
        var started = await open.StartAsync(input.FormCode, input.OrganizationId, input.Period, withContent: true, cancellationToken);
        if (started.Status != CommandStatus.Ok)
        {
            return started.ToProblem();
        }

        var target = started.Value!;
        var report = target.Report;
        if (fills)
        {
            var values = new ReportSaveInput { Revision = report.Revision, Values = input.Values, Narratives = input.Narratives };
            var result = input.Submit
                ? await submit.HandleAsync(target, values, report.Revision, cancellationToken)
                : await save.HandleAsync(target, values, cancellationToken);
            if (result.Status != CommandStatus.Ok)
            {
                return result.ToProblem();
            }
        }
        else if (report.Id == 0 && !await open.CreateAsync(report, cancellationToken))
        {
            return CommandResult<long>.Conflict(SaveReport.ConflictMessage).ToProblem();
        }

        var location = $"/api/v1/reports/{report.Id}";
        if (http.Request.PrefersMinimalReturn())
        {
            http.Response.AppliedMinimalReturn();
            return TypedResults.Created(location, await sheets.ReceiptAsync(target, cancellationToken));
        }

        return TypedResults.Created(location, await sheets.GetAsync(target, cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<ReportSummary>>> AwaitingReviewAsync(ReportDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.AwaitingReviewAsync(200, cancellationToken));

    private static async Task<IResult> GetAsync(ReportSheets sheets, long reportId, CancellationToken cancellationToken)
    {
        var (sheet, status) = await sheets.GetAsync(reportId, cancellationToken);
        return sheet is null ? Refusal(status) : TypedResults.Ok(sheet);
    }

    private static async Task<IResult> HistoryAsync(ReportSheets sheets, long reportId, string key, CancellationToken cancellationToken)
    {
        var (history, status) = await sheets.HistoryAsync(reportId, key, cancellationToken);
        return history is null ? Refusal(status) : TypedResults.Ok(history);
    }

    private static async Task<IResult> SaveAsync(SaveReport save, ReportSheets sheets, long reportId, ReportSaveInput input, CancellationToken cancellationToken)
    {
        var result = await save.HandleAsync(reportId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await sheets.GetAsync(reportId, cancellationToken)).Sheet) : result.ToProblem();
    }

    private static async Task<IResult> SubmitAsync(SubmitReport submit, ReportSheets sheets, long reportId, ReportReviewInput input, CancellationToken cancellationToken)
    {
        var result = await submit.HandleAsync(reportId, null, input.Revision, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await sheets.GetAsync(reportId, cancellationToken)).Sheet) : result.ToProblem();
    }

    private static async Task<IResult> ApproveAsync(ReviewReport review, ReportSheets sheets, long reportId, ReportReviewInput input, CancellationToken cancellationToken)
    {
        var result = await review.ApproveAsync(reportId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await sheets.GetAsync(reportId, cancellationToken)).Sheet) : result.ToProblem();
    }

    private static async Task<IResult> ReturnAsync(ReviewReport review, ReportSheets sheets, long reportId, ReportReviewInput input, CancellationToken cancellationToken)
    {
        var result = await review.ReturnAsync(reportId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await sheets.GetAsync(reportId, cancellationToken)).Sheet) : result.ToProblem();
    }

    private static async Task<IResult> UnlockAsync(GrantUnlock unlock, ReportSheets sheets, long reportId, UnlockInput input, CancellationToken cancellationToken)
    {
        var result = await unlock.HandleAsync(reportId, input.Until, input.Reason, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await sheets.GetAsync(reportId, cancellationToken)).Sheet) : result.ToProblem();
    }

    private static async Task<IResult> ObligationsAsync(ReportDirectory directory, int organizationId, CancellationToken cancellationToken) =>
        await directory.ObligationsAsync(organizationId, cancellationToken) is { } list ? TypedResults.Ok(list) : Refusal(CommandStatus.NotFound);

    private static async Task<IResult> CompletenessAsync(ReportDirectory directory, int organizationId, string? form, int? page, CancellationToken cancellationToken)
    {
        var (grid, status) = await directory.GridAsync(organizationId, form, page, cancellationToken);
        return grid is null ? Refusal(status) : TypedResults.Ok(grid);
    }

    private static async Task<IResult> ConsolidateAsync(ReportConsolidator consolidator, int organizationId, string? form, string? period, CancellationToken cancellationToken)
    {
        var (result, status, error) = await consolidator.ConsolidateAsync(organizationId, form, period, ConsolidationParts.All, cancellationToken);
        return result is not null ? TypedResults.Ok(result)
            : error is not null ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["form"] = [error] }, title: "Dữ liệu không hợp lệ")
            : Refusal(status);
    }

    private static ProblemHttpResult Refusal(CommandStatus status) => status == CommandStatus.Forbidden
        ? TypedResults.Problem(title: "Không có quyền", detail: "Báo cáo này nằm ngoài phạm vi của bạn.", statusCode: StatusCodes.Status403Forbidden)
        : ResultExtensions.NotFoundProblem("Không tìm thấy báo cáo.");
}
