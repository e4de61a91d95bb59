using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Reception;

internal static class ReceptionApi
{
    public static IServiceCollection AddReceptionHandlers(this IServiceCollection services) => services
        .AddScoped<ReceptionFigures>()
        .AddScoped<ChangeHistory>()
        .AddScoped<SaveReceptionSession>()
        .AddScoped<ReceptionSessionDirectory>()
        .AddScoped<SaveDialogue>()
        .AddScoped<DialogueDirectory>()
        .AddScoped<ReceptionDutyGrid>();

    public static RouteGroupBuilder MapReceptionApi(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/reception-sessions").WithTags("Tiếp công dân").RequireAuthorization(Policies.SignedIn);
        sessions.MapGet("/", ListSessionsAsync)
            .WithSummary("Các buổi tiếp công dân của một tổ chức và các đơn vị trực thuộc, mới nhất trước; lọc theo tháng (MM/yyyy), người đứng đầu trực tiếp tiếp, từ khóa");
        sessions.MapPost("/", CreateSessionAsync).WithSummary("Ghi một buổi tiếp công dân: ngày, địa điểm, người tiếp và chức vụ, người đứng đầu có trực tiếp tiếp không, số lượt công dân, nội dung, kết quả");
        sessions.MapGet("/{sessionId:long}", GetSessionAsync).WithSummary("Một buổi tiếp công dân");
        sessions.MapPut("/{sessionId:long}", UpdateSessionAsync).WithSummary("Sửa một buổi tiếp công dân (được ghi nhật ký)");
        sessions.MapDelete("/{sessionId:long}", DeleteSessionAsync).WithSummary("Xóa một buổi tiếp công dân (được ghi nhật ký)");
        sessions.MapGet("/{sessionId:long}/history", SessionHistoryAsync).WithSummary("Lịch sử thay đổi của một buổi tiếp công dân: ai sửa, khi nào, trước và sau");

        var dialogues = api.MapGroup("/dialogues").WithTags("Đối thoại trực tiếp").RequireAuthorization(Policies.SignedIn);
        dialogues.MapGet("/", ListDialoguesAsync).WithSummary("Các buổi đối thoại trực tiếp với nhân dân của một tổ chức và các đơn vị trực thuộc, mới nhất trước");
        dialogues.MapPost("/", CreateDialogueAsync).WithSummary("Ghi một buổi đối thoại: chủ đề, ngày, địa điểm, người chủ trì, thành phần, vấn đề nêu ra, nội dung trả lời, việc cần làm tiếp (mỗi dòng một việc)");
        dialogues.MapGet("/{dialogueId:long}", GetDialogueAsync).WithSummary("Một buổi đối thoại trực tiếp");
        dialogues.MapPut("/{dialogueId:long}", UpdateDialogueAsync).WithSummary("Sửa một buổi đối thoại (được ghi nhật ký)");
        dialogues.MapDelete("/{dialogueId:long}", DeleteDialogueAsync).WithSummary("Xóa một buổi đối thoại (được ghi nhật ký)");
        dialogues.MapGet("/{dialogueId:long}/history", DialogueHistoryAsync).WithSummary("Lịch sử thay đổi của một buổi đối thoại");

        api.MapGet("/organizations/{organizationId:int}/reception-duties", DutiesAsync)
            .WithTags("Tiếp công dân").RequireAuthorization(Policies.OrganizationRead)
            .WithSummary("Trách nhiệm tiếp công dân định kỳ của người đứng đầu từng tổ chức trong cây, theo từng tháng của năm (year=YYYY) hoặc 6 tháng gần nhất: đạt / chưa đạt (số ngày hoặc số tuần), kèm căn cứ pháp lý");
        return sessions;
    }

    private static async Task<IResult> ListSessionsAsync(
        ReceptionSessionDirectory directory, string? organizationId, string? month, string? headInPerson, string? q, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (filter, errors) = ReceptionFilter.Parse(organizationId, month, headInPerson, q, page, pageSize);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (list, _, status) = await directory.ListAsync(filter, cancellationToken);
        return list is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateSessionAsync(SaveReceptionSession save, ReceptionSessionDirectory directory, ReceptionSessionInput input, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return result.ToProblem();
        }

        var (session, _) = await directory.GetAsync(result.Value!.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/reception-sessions/{result.Value.Id}", session);
    }

    private static async Task<IResult> GetSessionAsync(ReceptionSessionDirectory directory, long sessionId, CancellationToken cancellationToken)
    {
        var (session, status) = await directory.GetAsync(sessionId, cancellationToken);
        return session is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(session);
    }

    private static async Task<IResult> UpdateSessionAsync(SaveReceptionSession save, ReceptionSessionDirectory directory, long sessionId, ReceptionSessionInput input, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(sessionId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await directory.GetAsync(sessionId, cancellationToken)).Record) : result.ToProblem();
    }

    private static async Task<IResult> DeleteSessionAsync(SaveReceptionSession save, long sessionId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(sessionId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> SessionHistoryAsync(ReceptionSessionDirectory directory, ChangeHistory history, long sessionId, CancellationToken cancellationToken)
    {
        var (_, status) = await directory.GetAsync(sessionId, cancellationToken);
        return status == CommandStatus.Ok
            ? TypedResults.Ok(await history.OfAsync(nameof(Data.Reception.ReceptionSession), sessionId, cancellationToken))
            : CommandResult<int>.Refused(status).ToProblem();
    }

    private static async Task<IResult> ListDialoguesAsync(
        DialogueDirectory directory, string? organizationId, string? month, string? q, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (filter, errors) = ReceptionFilter.Parse(organizationId, month, null, q, page, pageSize);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (list, _, status) = await directory.ListAsync(filter, cancellationToken);
        return list is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateDialogueAsync(SaveDialogue save, DialogueDirectory directory, DialogueInput input, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return result.ToProblem();
        }

        var (dialogue, _) = await directory.GetAsync(result.Value!.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/dialogues/{result.Value.Id}", dialogue);
    }

    private static async Task<IResult> GetDialogueAsync(DialogueDirectory directory, long dialogueId, CancellationToken cancellationToken)
    {
        var (dialogue, status) = await directory.GetAsync(dialogueId, cancellationToken);
        return dialogue is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(dialogue);
    }

    private static async Task<IResult> UpdateDialogueAsync(SaveDialogue save, DialogueDirectory directory, long dialogueId, DialogueInput input, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(dialogueId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await directory.GetAsync(dialogueId, cancellationToken)).Record) : result.ToProblem();
    }

    private static async Task<IResult> DeleteDialogueAsync(SaveDialogue save, long dialogueId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(dialogueId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> DialogueHistoryAsync(DialogueDirectory directory, ChangeHistory history, long dialogueId, CancellationToken cancellationToken)
    {
        var (_, status) = await directory.GetAsync(dialogueId, cancellationToken);
        return status == CommandStatus.Ok
            ? TypedResults.Ok(await history.OfAsync(nameof(Data.Reception.Dialogue), dialogueId, cancellationToken))
            : CommandResult<int>.Refused(status).ToProblem();
    }

    private static async Task<IResult> DutiesAsync(
        ReceptionDutyGrid grid, int organizationId, string? year, string? position, string? q, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (query, errors) = DutyGridQuery.Parse(organizationId, year, position, q, page, pageSize);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (result, status) = await grid.GetAsync(query, cancellationToken);
        return result is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(result);
    }
}
