using DanVan.Domain.Petitions;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Petitions;

internal static class PetitionsApi
{
    public static IServiceCollection AddPetitionHandlers(this IServiceCollection services) => services
        .AddScoped<PetitionAccess>()
        .AddScoped<PetitionDeadlines>()
        .AddScoped<RegisterPetition>()
        .AddSingleton<PetitionWriter>()
        .AddScoped<ActOnPetition>()
        .AddScoped<PetitionDirectory>()
        .AddScoped<PetitionStatistics>()
        .AddScoped<PetitionFigures>()
        .AddScoped<PetitionFiles>()
        .AddScoped<RemoteAreas>()
        .AddScoped<Calendar.ICalendarListener, PetitionCalendarListener>()
        .AddScoped<PublicIntake>()
        .AddScoped<Portal.PublicPlaces>();

    public static RouteGroupBuilder MapPetitionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/petitions").WithTags("Đơn thư").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", QueueAsync).WithSummary("Danh sách đơn thư của một tổ chức và các đơn vị trực thuộc, theo hạn xử lý gần nhất");
        group.MapPost("/", RegisterAsync).WithSummary("Vào sổ một đơn thư nhận qua bất kỳ kênh nào; trả về hồ sơ đơn");
        group.MapPost("/intake", IntakeAsync).WithSummary("Tiếp nhận đơn từ hệ thống khác (mặc định channel Integration); trả về gọn: mã đơn, mã tra cứu, trạng thái và hạn xử lý");
        group.MapGet("/statistics", async (PetitionStatistics statistics, CurrentOrganization current, int? organizationId, string? from, string? to, string? by, CancellationToken ct) =>
                (organizationId ?? (await current.GetAsync(ct))?.OrganizationId) is not { } id
                    ? ResultExtensions.NotFoundProblem("Bạn chưa thuộc tổ chức nào.")
                    : await statistics.HandleAsync(id, from, to, by, ct) is var result && result.Status == CommandStatus.Ok ? Results.Ok(result.Value) : result.ToProblem())
            .WithSummary("Thống kê đơn nhận trong kỳ (from, to) theo loại đơn, lĩnh vực, đơn vị hoặc tháng: tiếp nhận, thụ lý, giải quyết, chuyển, đang xử lý, quá hạn, đúng hạn");
        group.MapGet("/{petitionId:long}", GetAsync).WithSummary("Hồ sơ một đơn: thời hạn theo luật, lịch sử xử lý; thông tin người tố cáo chỉ hiện cho người xử lý khi revealIdentity=true và được ghi nhật ký");
        group.MapPost("/{petitionId:long}/documents", async (PetitionFiles files, long petitionId, IFormFile? file, CancellationToken ct) =>
                await files.AddAsync(petitionId, file, ct) is var result && result.Status == CommandStatus.Ok
                    ? Results.Created($"/api/v1/petitions/{petitionId}/documents/{result.Value}", new { id = result.Value })
                    : result.ToProblem())
            // A form post carries no antiforgery token over the API, so only a bearer token may send one: a browser's cookie cannot be used for it from another site.
            .DisableAntiforgery()
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { AuthenticationSchemes = Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme })
            .WithSummary("Đính kèm tài liệu (PDF, Word, Excel, JPG, PNG; tối đa 10 MB) vào hồ sơ đơn; multipart/form-data, trường file; chỉ với bearer token");
        group.MapGet("/{petitionId:long}/documents/{documentId:long}", async (PetitionFiles files, long petitionId, long documentId, CancellationToken ct) =>
                await files.OpenAsync(petitionId, documentId, ct) is var (document, status) && document is not null
                    ? Results.File(document.Content, document.ContentType, document.FileName)
                    : CommandResult<int>.Refused(status).ToProblem())
            .WithSummary("Tải một tài liệu của hồ sơ đơn (tài liệu của đơn tố cáo: chỉ người xử lý, có ghi nhật ký)");
        group.MapDelete("/{petitionId:long}/documents/{documentId:long}", async (PetitionFiles files, long petitionId, long documentId, CancellationToken ct) =>
                await files.RemoveAsync(petitionId, documentId, ct) is var result && result.Status == CommandStatus.Ok ? Results.NoContent() : result.ToProblem())
            .WithSummary("Xóa một tài liệu khỏi hồ sơ đơn");
        group.MapPost("/{petitionId:long}/actions", ActAsync).WithSummary("Thụ lý, không thụ lý, chuyển đơn, giao xử lý, phân loại, gia hạn, giải quyết, công khai kết quả, kết thúc, rút đơn, gộp đơn trùng");

        var open = api.MapGroup("/public/petitions").WithTags("Cổng tiếp nhận trực tuyến").AllowAnonymous().RequireRateLimiting(AuthExtensions.PublicSubmissionRateLimit);
        open.MapPost("/", SubmitAsync).WithSummary("Người dân gửi đơn, kiến nghị, phản ánh không cần tài khoản; trả về mã tra cứu");
        open.MapGet("/{trackingCode}", TrackAsync).WithSummary("Tra cứu tình trạng và kết quả trả lời đã công khai bằng mã tra cứu; không có thông tin cá nhân");
        return group;
    }

    /// <summary>The communes designated remote areas: read by everyone signed in, changed by central administrators and by a province's administrators for its communes.</summary>
    public static RouteGroupBuilder MapRemoteAreasApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/remote-areas").WithTags("Đơn thư").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", async (RemoteAreas areas, string? q, string? page, string? pageSize, CancellationToken ct) =>
            {
                var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
                var pageNumber = errors.Whole(page, "page", "Trang phải là số nguyên dương.");
                var size = errors.Whole(pageSize, "pageSize", "Số dòng mỗi trang phải là số nguyên dương.");
                return errors.Any
                    ? TypedResults.ValidationProblem(errors.ToDictionary(), title: "Dữ liệu không hợp lệ")
                    : Results.Ok(await areas.ListAsync(q, pageNumber, size, ct));
            })
            .WithSummary("Danh mục xã, phường, đặc khu thuộc vùng sâu, vùng xa (thời hạn giải quyết khiếu nại dài hơn); q: tên đơn vị (gõ không dấu cũng được) hoặc đầu mã");
        group.MapPost("/", async (RemoteAreas areas, RemoteAreaInput input, CancellationToken ct) =>
                await areas.AddAsync(input, ct) is var result && result.Status == CommandStatus.Ok
                    ? Results.Created($"/api/v1/remote-areas/{result.Value!.Id}", result.Value)
                    : result.ToProblem())
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Đưa một xã, phường, đặc khu vào danh mục vùng sâu, vùng xa: unit là mã hoặc tên đơn vị, basis là căn cứ (quản trị viên Trung ương, hoặc quản trị viên tỉnh cho các xã của tỉnh); đơn vào sổ sau đó theo danh mục mới, đơn đã vào sổ giữ nguyên");
        group.MapDelete("/{id:int}", async (RemoteAreas areas, int id, CancellationToken ct) =>
                await areas.RemoveAsync(id, ct) is var result && result.Status == CommandStatus.Ok ? Results.NoContent() : result.ToProblem())
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Đưa một đơn vị ra khỏi danh mục vùng sâu, vùng xa; đơn đã vào sổ giữ nguyên");
        return group;
    }

    private static async Task<IResult> QueueAsync(
        PetitionDirectory directory, int? organizationId, string? q, string? status, string? kind, string? due, bool? open, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Text("q", "từ khóa", q, 200, required: false);
        var statusValue = Parse<PetitionStatus>(status, "status", "Trạng thái không hợp lệ.", errors);
        var kindValue = Parse<PetitionKind>(kind, "kind", "Loại đơn phải là Complaint, Denunciation, Recommendation hoặc Feedback.", errors);
        if (due is not null and not "overdue" and not "soon")
        {
            errors.Add("due", "Hạn phải là \"overdue\" (quá hạn) hoặc \"soon\" (sắp đến hạn).");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Dữ liệu không hợp lệ");
        }

        var (list, _, result) = await directory.QueueAsync(new PetitionQuery(organizationId, q, statusValue, kindValue, due, open ?? false, page, pageSize), cancellationToken);
        return list is null ? CommandResult<int>.Refused(result).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> RegisterAsync(RegisterPetition register, PetitionInput input, CancellationToken cancellationToken)
    {
        var result = await register.HandleAsync(input, RegisterPetition.Source.Staff, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return result.ToProblem();
        }

        var (petition, organizationName, firstCode, clock, today) = result.Value!;
        var hidden = petition.Kind == PetitionKind.Denunciation;
        return TypedResults.Created($"/api/v1/petitions/{petition.Id}", PetitionDirectory.Describe(petition, organizationName, hidden, firstCode, null, clock, today, documentsVisible: !hidden, []));
    }

    private static async Task<IResult> IntakeAsync(RegisterPetition register, PetitionInput input, CancellationToken cancellationToken)
    {
        input.Channel ??= PetitionChannel.Integration;
        var result = await register.HandleAsync(input, RegisterPetition.Source.Staff, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return result.ToProblem();
        }

        var petition = result.Value!.Petition;
        return TypedResults.Created($"/api/v1/petitions/{petition.Id}", new IntakeReceipt(petition.Id, petition.TrackingCode, petition.Status, petition.DueOn, petition.DueRule));
    }

    private static async Task<IResult> GetAsync(PetitionDirectory directory, long petitionId, bool? revealIdentity, CancellationToken cancellationToken)
    {
        var (details, status) = await directory.GetAsync(petitionId, revealIdentity ?? false, cancellationToken);
        return details is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(details);
    }

    private static async Task<IResult> ActAsync(ActOnPetition act, PetitionDirectory directory, long petitionId, PetitionActionInput input, CancellationToken cancellationToken)
    {
        var result = await act.HandleAsync(petitionId, input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Ok((await directory.GetAsync(petitionId, revealIdentity: false, cancellationToken)).Details)
            : result.ToProblem();
    }

    private static async Task<IResult> SubmitAsync(PublicIntake intake, PublicPetitionInput input, CancellationToken cancellationToken)
    {
        var result = await intake.SubmitAsync(input, formIssuedAt: null, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/public/petitions/{result.Value}", new { trackingCode = result.Value })
            : result.ToProblem();
    }

    private static async Task<IResult> TrackAsync(PetitionDirectory directory, string trackingCode, CancellationToken cancellationToken) =>
        await directory.PublicAsync(trackingCode, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : ResultExtensions.NotFoundProblem("Không có đơn nào với mã tra cứu này. Vui lòng kiểm tra lại mã đã nhận khi gửi đơn.");

    private static T? Parse<T>(string? text, string field, string message, ValidationErrors errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        errors.Add(field, message);
        return null;
    }
}
