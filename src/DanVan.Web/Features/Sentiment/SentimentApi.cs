using DanVan.Web.Auth;
using DanVan.Web.Features.Organizations;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Sentiment;

internal static class SentimentApi
{
    public static IServiceCollection AddSentimentHandlers(this IServiceCollection services) => services
        .AddScoped<SentimentAccess>()
        .AddScoped<SentimentReportCheck>()
        .AddScoped<SaveSentimentReport>()
        .AddScoped<FollowUpIssue>()
        .AddScoped<SentimentDirectory>()
        .AddScoped<SentimentConsolidation>()
        .AddScoped<SaveSentimentTopic>()
        .AddScoped<SentimentFigures>();

    public static RouteGroupBuilder MapSentimentApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sentiment").WithTags("Tình hình nhân dân").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/topics", async (SentimentDirectory directory, CancellationToken ct) => TypedResults.Ok(await directory.TopicsAsync(ct)))
            .WithSummary("Danh mục chủ đề tình hình nhân dân (đời sống, việc làm, đất đai…), kể cả chủ đề đã ngừng dùng");
        group.MapPost("/topics", SaveTopicAsync).WithSummary("Thêm chủ đề (quản trị viên Trung ương)");
        group.MapPut("/topics/{topicId:int}", SaveTopicAsync).WithSummary("Đổi tên, thứ tự hoặc ngừng dùng một chủ đề (quản trị viên Trung ương)");
        group.MapGet("/reports", ReportsAsync)
            .WithSummary("Báo cáo tình hình nhân dân của một tổ chức và các đơn vị trực thuộc, mới nhất trước; lọc theo ngày (from, to: dd/MM/yyyy), loại (Periodic, AdHoc), đánh giá (Stable, Positive, Concerned, Aggrieved), chủ đề và từ khóa không dấu");
        group.MapPost("/reports", CreateAsync)
            .WithSummary("Gửi báo cáo: đơn vị, loại, kỳ hoặc ngày, đánh giá chung, nội dung, đánh giá theo chủ đề và các vấn đề nổi cộm (địa bàn, phạm vi, số hộ, số người ước tính). Chỉ số liệu tổng hợp theo địa bàn, không ghi ý kiến, tín ngưỡng hay dân tộc của cá nhân");
        group.MapGet("/reports/{reportId:long}", GetAsync).WithSummary("Một báo cáo với đánh giá theo chủ đề và các vấn đề nổi cộm");
        group.MapPut("/reports/{reportId:long}", UpdateAsync).WithSummary("Sửa một báo cáo (kèm revision; 409 khi người khác vừa sửa); vấn đề giữ id được giữ lại cùng quá trình theo dõi");
        group.MapDelete("/reports/{reportId:long}", DeleteAsync).WithSummary("Xóa một báo cáo cùng các vấn đề nổi cộm của nó (được ghi nhật ký)");
        group.MapGet("/issues", IssuesAsync)
            .WithSummary("Vấn đề nổi cộm của một tổ chức và các đơn vị trực thuộc, chưa giải quyết trước; lọc theo tình trạng (All, Open, Detected, Monitoring, Handling, Resolved), chủ đề, ngày phát hiện và từ khóa");
        group.MapGet("/issues/{issueId:long}", IssueAsync).WithSummary("Một vấn đề nổi cộm với quá trình theo dõi, xử lý và các tình trạng có thể chuyển tới");
        group.MapPost("/issues/{issueId:long}/follow-ups", FollowUpAsync)
            .WithSummary("Ghi việc đã làm với một vấn đề và tình trạng sau đó (kèm revision; 409 khi dữ liệu đã thay đổi hoặc không được chuyển tình trạng như vậy)");
        group.MapGet("/consolidation", ConsolidationAsync)
            .WithSummary("Tổng hợp tình hình nhân dân của một tổ chức và cấp dưới: theo chủ đề và đánh giá, theo từng địa bàn trực thuộc, theo quý hoặc tháng (by=quarter|month) với xu hướng tỷ lệ có lo lắng, bức xúc");
        return group;
    }

    private static async Task<IResult> SaveTopicAsync(SaveSentimentTopic save, int? topicId, OrganizationTypeInput input, CancellationToken cancellationToken)
    {
        var result = await save.HandleAsync(topicId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok(new { id = result.Value }) : result.ToProblem();
    }

    private static async Task<IResult> ReportsAsync(SentimentDirectory directory, string? organizationId, string? from, string? to, string? kind, string? assessment, string? topic, string? q,
        string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (filter, errors) = SentimentFilter.Parse(new(organizationId, from, to, kind, assessment, topic, null, q, page, pageSize));
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (list, _, status) = await directory.ReportsAsync(filter, cancellationToken);
        return list is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateAsync(SaveSentimentReport save, SentimentDirectory directory, SentimentReportInput input, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/sentiment/reports/{result.Value!.Id}", (await directory.ReportAsync(result.Value.Id, cancellationToken)).Report)
            : result.ToProblem();
    }

    private static async Task<IResult> GetAsync(SentimentDirectory directory, long reportId, CancellationToken cancellationToken)
    {
        var (report, status) = await directory.ReportAsync(reportId, cancellationToken);
        return report is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(report);
    }

    private static async Task<IResult> UpdateAsync(SaveSentimentReport save, SentimentDirectory directory, long reportId, SentimentReportInput input, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(reportId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await directory.ReportAsync(reportId, cancellationToken)).Report) : result.ToProblem();
    }

    private static async Task<IResult> DeleteAsync(SaveSentimentReport save, long reportId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(reportId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> IssuesAsync(SentimentDirectory directory, string? organizationId, string? from, string? to, string? status, string? topic, string? q,
        string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (filter, errors) = SentimentFilter.Parse(new(organizationId, from, to, null, null, topic, status, q, page, pageSize));
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (list, _, refusal) = await directory.IssuesAsync(filter, cancellationToken);
        return list is null ? CommandResult<int>.Refused(refusal).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> IssueAsync(SentimentDirectory directory, long issueId, CancellationToken cancellationToken)
    {
        var (issue, status) = await directory.IssueAsync(issueId, cancellationToken);
        return issue is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(issue);
    }

    private static async Task<IResult> FollowUpAsync(FollowUpIssue followUp, SentimentDirectory directory, long issueId, FollowUpInput input, CancellationToken cancellationToken)
    {
        var result = await followUp.HandleAsync(issueId, input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/sentiment/issues/{issueId}", (await directory.IssueAsync(issueId, cancellationToken)).Issue)
            : result.ToProblem();
    }

    private static async Task<IResult> ConsolidationAsync(SentimentConsolidation consolidation, string? organizationId, string? from, string? to, string? by, CancellationToken cancellationToken)
    {
        var (query, errors) = ConsolidationQuery.Parse(organizationId, from, to, by);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (result, status) = await consolidation.GetAsync(query.OrganizationId, query.From, query.To, query.Granularity, cancellationToken);
        return result is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(result);
    }
}
