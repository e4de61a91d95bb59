using System.Security.Claims;
using DanVan.Documents;
using DanVan.Domain.Reporting;
using DanVan.Web.Auth;
using DanVan.Web.Features.Reports;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Meetings;

internal static class MeetingsApi
{
    public static IServiceCollection AddMeetingHandlers(this IServiceCollection services) => services
        .AddScoped<MeetingAccess>()
        .AddScoped<MeetingDirectory>()
        .AddScoped<SaveMeeting>()
        .AddScoped<SaveBridgePoints>()
        .AddScoped<SaveMeetingContent>()
        .AddScoped<MeetingFeed>()
        .AddScoped<SaveMeetingType>()
        .AddScoped<MeetingStatistics>();

    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/meeting-types", async (MeetingAccess access, CancellationToken ct) => TypedResults.Ok(await access.TypesAsync(ct)))
            .WithTags("Hội nghị, giao ban").RequireAuthorization(Policies.SignedIn).WithSummary("Các loại hội nghị (giao ban tháng, quý, sơ kết, tổng kết, buổi làm việc, chuyên đề…)");

        var meetings = api.MapGroup("/meetings").WithTags("Hội nghị, giao ban").RequireAuthorization(Policies.SignedIn);
        meetings.MapGet("/", ListAsync)
            .WithSummary("Các hội nghị một tổ chức thấy: do tổ chức hoặc đơn vị trực thuộc chủ trì, hoặc có điểm cầu thuộc cây của tổ chức; lọc theo khoảng ngày (from, to: dd/MM/yyyy; mặc định 3 tháng từ đầu tháng này), loại, cấp chủ trì, từ khóa");
        meetings.MapGet("/statistics", StatisticsAsync)
            .WithSummary("Thống kê hội nghị theo loại và cấp chủ trì trong một khoảng ngày (from, to: dd/MM/yyyy): số đã và sẽ tổ chức, đã hủy, số điểm cầu, điểm cầu kết nối, người dự");
        meetings.MapPost("/", CreateAsync)
            .WithSummary("Tạo một hội nghị, hoặc một chuỗi giao ban định kỳ (repeat: Weekly, Monthly, Quarterly với repeatCount hoặc repeatUntil); trả về các hội nghị đã tạo");
        meetings.MapGet("/{meetingId:long}", GetAsync).WithSummary("Một hội nghị: thông tin, tổng hợp điểm cầu, chương trình, kết luận, tài liệu, biên bản");
        meetings.MapPut("/{meetingId:long}", UpdateAsync).WithSummary("Sửa thông tin một hội nghị (gửi kèm revision để tránh ghi đè)");
        meetings.MapDelete("/{meetingId:long}", DeleteAsync).WithSummary("Xóa một hội nghị (không được khi kết luận đã thành nhiệm vụ)");
        meetings.MapPost("/{meetingId:long}/cancel", (SaveMeeting save, long meetingId, CancellationToken ct) => CancelAsync(save, meetingId, true, ct)).WithSummary("Hủy hội nghị: vẫn hiện trên lịch, có đánh dấu");
        meetings.MapPost("/{meetingId:long}/restore", (SaveMeeting save, long meetingId, CancellationToken ct) => CancelAsync(save, meetingId, false, ct)).WithSummary("Khôi phục một hội nghị đã hủy");
        meetings.MapPut("/{meetingId:long}/minutes", async (SaveMeeting save, long meetingId, MinutesInput input, CancellationToken ct) =>
            (await save.SetMinutesAsync(meetingId, input, ct)) is var r && r.Status == CommandStatus.Ok ? Results.Ok(new { r.Value!.Revision }) : r.ToProblem())
            .WithSummary("Ghi hoặc sửa biên bản hội nghị");

        meetings.MapGet("/{meetingId:long}/bridge-points", PointsAsync).WithSummary("Các điểm cầu của hội nghị: địa điểm, tình trạng kết nối, số người dự, người dự; kèm tổng hợp");
        meetings.MapPost("/{meetingId:long}/bridge-points", async (SaveBridgePoints save, long meetingId, BridgePointsInput input, CancellationToken ct) =>
            (await save.AddAsync(meetingId, input, ct)) is var r && r.Status == CommandStatus.Ok ? Results.Ok(new { added = r.Value }) : r.ToProblem())
            .WithSummary("Thêm điểm cầu trong một lần: preset Provinces (tất cả tỉnh, thành phố), Children (các đơn vị trực thuộc parentId) hoặc List (organizationIds)");
        meetings.MapPut("/{meetingId:long}/bridge-points/{pointId:long}", async (SaveBridgePoints save, MeetingDirectory directory, long meetingId, long pointId, BridgePointInput input, CancellationToken ct) =>
            (await save.UpdateAsync(meetingId, pointId, input, ct)) is var r && r.Status == CommandStatus.Ok
                ? Results.Ok((await directory.PointsAsync(meetingId, ct)).Points!.Single(p => p.Id == pointId))
                : r.ToProblem())
            .WithSummary("Cập nhật một điểm cầu (tổ chức của điểm cầu hoặc cơ quan chủ trì): địa điểm, tình trạng kết nối (Pending, Connected, Failed, Absent), số người dự, người dự");
        meetings.MapDelete("/{meetingId:long}/bridge-points/{pointId:long}", async (SaveBridgePoints save, long meetingId, long pointId, CancellationToken ct) =>
            (await save.RemoveAsync(meetingId, pointId, ct)) is var r && r.Status == CommandStatus.Ok ? Results.NoContent() : r.ToProblem())
            .WithSummary("Bỏ một điểm cầu");

        meetings.MapPost("/{meetingId:long}/agenda", async (SaveMeetingContent save, long meetingId, AgendaItemInput input, CancellationToken ct) =>
            (await save.AddAgendaItemAsync(meetingId, input, ct)) is var r && r.Status == CommandStatus.Ok
                ? Results.Created($"/api/v1/meetings/{meetingId}", new AgendaItemDto(r.Value!.Id, r.Value.Order, r.Value.Title, r.Value.Presenter, r.Value.DurationMinutes))
                : r.ToProblem())
            .WithSummary("Thêm một mục chương trình: nội dung, người trình bày, thời lượng (phút)");
        meetings.MapDelete("/{meetingId:long}/agenda/{itemId:long}", async (SaveMeetingContent save, long meetingId, long itemId, CancellationToken ct) =>
            (await save.RemoveAgendaItemAsync(meetingId, itemId, ct)) is var r && r.Status == CommandStatus.Ok ? Results.NoContent() : r.ToProblem())
            .WithSummary("Bỏ một mục chương trình");
        meetings.MapPost("/{meetingId:long}/conclusions", async (SaveMeetingContent save, long meetingId, ConclusionInput input, CancellationToken ct) =>
            (await save.AddConclusionAsync(meetingId, input, ct)) is var r && r.Status == CommandStatus.Ok
                ? Results.Created($"/api/v1/meetings/{meetingId}", new ConclusionDto(r.Value!.Id, r.Value.Order, r.Value.Text, 0, []))
                : r.ToProblem())
            .WithSummary("Ghi một kết luận; mỗi kết luận có thể giao thành nhiệm vụ cho một hoặc nhiều tổ chức (POST /api/v1/tasks với conclusionId)");
        meetings.MapPut("/{meetingId:long}/conclusions/{conclusionId:long}", async (SaveMeetingContent save, long meetingId, long conclusionId, ConclusionInput input, CancellationToken ct) =>
            (await save.UpdateConclusionAsync(meetingId, conclusionId, input, ct)) is var r && r.Status == CommandStatus.Ok ? Results.NoContent() : r.ToProblem())
            .WithSummary("Sửa một kết luận");
        meetings.MapDelete("/{meetingId:long}/conclusions/{conclusionId:long}", async (SaveMeetingContent save, long meetingId, long conclusionId, CancellationToken ct) =>
            (await save.RemoveConclusionAsync(meetingId, conclusionId, ct)) is var r && r.Status == CommandStatus.Ok ? Results.NoContent() : r.ToProblem())
            .WithSummary("Xóa một kết luận chưa giao thành nhiệm vụ");

        meetings.MapPost("/{meetingId:long}/documents", async (SaveMeetingContent save, long meetingId, IFormFile? file, string? title, CancellationToken ct) =>
            (await save.AttachAsync(meetingId, title, file, ct)) is var r && r.Status == CommandStatus.Ok
                ? Results.Created($"/api/v1/meetings/{meetingId}/documents/{r.Value!.Id}", new { id = r.Value.Id })
                : r.ToProblem())
            .DisableAntiforgery()
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { AuthenticationSchemes = Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme })
            .WithSummary("Đính kèm một tài liệu (PDF, Word, Excel, JPG, PNG; tối đa 10 MB; multipart, trường file và title)");
        meetings.MapGet("/{meetingId:long}/documents/{documentId:long}", async (SaveMeetingContent save, long meetingId, long documentId, CancellationToken ct) =>
            (await save.OpenAsync(meetingId, documentId, ct)) is var (d, status) && d is not null ? Results.File(d.Content, d.ContentType, d.FileName) : CommandResult<int>.Refused(status).ToProblem())
            .WithSummary("Tải một tài liệu của hội nghị");
        meetings.MapDelete("/{meetingId:long}/documents/{documentId:long}", async (SaveMeetingContent save, long meetingId, long documentId, CancellationToken ct) =>
            (await save.RemoveDocumentAsync(meetingId, documentId, ct)) is var r && r.Status == CommandStatus.Ok ? Results.NoContent() : r.ToProblem())
            .WithSummary("Xóa một tài liệu");

        meetings.MapGet("/{meetingId:long}/calendar.ics", IcsAsync).WithSummary("Tệp lịch (.ics) của một hội nghị, để thêm vào Outlook, Google Calendar, điện thoại");
        meetings.MapGet("/{meetingId:long}/minutes.docx", MinutesDocumentAsync).WithSummary("Biên bản và kết luận hội nghị ra Word (style=party: thể thức văn bản của Đảng; style=state: Nghị định 30/2020/NĐ-CP)");
        meetings.MapGet("/feed-link", async (MeetingFeed feed, ClaimsPrincipal user, HttpRequest request, CancellationToken ct) =>
            await feed.TokenAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty, ct) is { } token
                ? Results.Ok(new { url = FeedUrl(request, token) })
                : Results.NotFound())
            .WithSummary("Đường dẫn bí mật để ứng dụng lịch đăng ký theo dõi các hội nghị của bạn; đổi mật khẩu thì đường dẫn cũ hết hiệu lực");

        api.MapGet("/public/meetings/feed", FeedAsync).WithTags("Hội nghị, giao ban").AllowAnonymous()
            .WithSummary("Lịch hội nghị dạng iCalendar theo đường dẫn bí mật (token) của một người: 3 tháng trước đến 12 tháng tới");
        return meetings;
    }

    internal static string FeedUrl(HttpRequest request, string token) =>
        $"{request.Scheme}://{request.Host}/api/v1/public/meetings/feed?token={Uri.EscapeDataString(token)}";

    private static async Task<IResult> ListAsync(
        MeetingDirectory directory, TimeProvider clock, string? organizationId, string? from, string? to, string? typeId, string? level, string? q, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (query, errors) = MeetingListInput.Parse(organizationId, from, to, typeId, level, q, page, pageSize, ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime));
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (list, _, status) = await directory.ListAsync(query, cancellationToken);
        return list is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> StatisticsAsync(MeetingStatistics statistics, TimeProvider clock, string? organizationId, string? from, string? to, CancellationToken cancellationToken)
    {
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var (query, errors) = MeetingListInput.Parse(organizationId, from ?? DateInput.Show(new DateOnly(today.Year, 1, 1)), to ?? DateInput.Show(new DateOnly(today.Year, 12, 31)), null, null, null, null, null, today);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (result, status) = await statistics.CountAsync(query, cancellationToken);
        return result is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(result);
    }

    private static async Task<IResult> CreateAsync(SaveMeeting save, MeetingDirectory directory, MeetingInput input, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return result.ToProblem();
        }

        var first = result.Value![0];
        var (meeting, _) = await directory.GetAsync(first.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/meetings/{first.Id}", new { meeting, series = result.Value.Select(m => new { m.Id, m.StartsAt }) });
    }

    private static async Task<IResult> GetAsync(MeetingDirectory directory, long meetingId, CancellationToken cancellationToken)
    {
        var (meeting, status) = await directory.GetAsync(meetingId, cancellationToken);
        return meeting is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(meeting);
    }

    private static async Task<IResult> UpdateAsync(SaveMeeting save, MeetingDirectory directory, long meetingId, MeetingInput input, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(meetingId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await directory.GetAsync(meetingId, cancellationToken)).Meeting) : result.ToProblem();
    }

    private static async Task<IResult> DeleteAsync(SaveMeeting save, long meetingId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(meetingId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> CancelAsync(SaveMeeting save, long meetingId, bool cancelled, CancellationToken cancellationToken)
    {
        var result = await save.SetCancelledAsync(meetingId, cancelled, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok(new { result.Value!.IsCancelled, result.Value.Revision }) : result.ToProblem();
    }

    private static async Task<IResult> PointsAsync(MeetingDirectory directory, long meetingId, CancellationToken cancellationToken)
    {
        var (points, summary, status) = await directory.PointsAsync(meetingId, cancellationToken);
        return points is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(new { summary, points });
    }

    private static async Task<IResult> IcsAsync(MeetingDirectory directory, HttpRequest request, TimeProvider clock, long meetingId, CancellationToken cancellationToken)
    {
        var (meeting, status) = await directory.GetAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return CommandResult<int>.Refused(status).ToProblem();
        }

        var row = new Data.Meetings.MeetingRow(meeting.Id, meeting.Title, meeting.TypeId, meeting.TypeName, meeting.StartsAt, meeting.EndsAt, meeting.Place, meeting.Mode, meeting.IsCancelled,
            meeting.HostOrganizationId, meeting.HostName, meeting.HostLevel, meeting.Bridges.Total);
        var text = MeetingCalendarFile.Write(meeting.Title, [row], SiteUrl(request), clock.GetUtcNow().UtcDateTime);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(text), MeetingCalendarFile.ContentType, $"hoi-nghi-{meeting.Id}.ics");
    }

    internal static async Task<IResult> MinutesDocumentAsync(MeetingDirectory directory, ReportIssuers issuers, long meetingId, string? style, CancellationToken cancellationToken)
    {
        var (meeting, status) = await directory.GetAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return CommandResult<int>.Refused(status).ToProblem();
        }

        var (points, _, _) = await directory.PointsAsync(meetingId, cancellationToken);
        var issuer = await issuers.OfAsync(meeting.HostOrganizationId, cancellationToken);
        var document = MeetingDocuments.Minutes(meeting, points ?? [], issuer, style == "state" ? DocumentStyle.State : DocumentStyle.Party);
        return Results.File(OfficialDocumentWriter.ToBytes(document), OfficialDocumentWriter.ContentType, $"bien-ban-hoi-nghi-{meeting.Id}.docx");
    }

    private static async Task<IResult> FeedAsync(MeetingFeed feed, HttpRequest request, TimeProvider clock, string? token, CancellationToken cancellationToken)
    {
        var rows = await feed.MeetingsAsync(token, cancellationToken);
        if (rows is null)
        {
            return ResultExtensions.NotFoundProblem("Đường dẫn lịch không còn hiệu lực. Vui lòng lấy đường dẫn mới trong trang Lịch hội nghị.");
        }

        var text = MeetingCalendarFile.Write("Lịch hội nghị DanVan", rows, SiteUrl(request), clock.GetUtcNow().UtcDateTime);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(text), MeetingCalendarFile.ContentType, "lich-hoi-nghi.ics");
    }

    private static Uri SiteUrl(HttpRequest request) => new($"{request.Scheme}://{request.Host}/");
}
