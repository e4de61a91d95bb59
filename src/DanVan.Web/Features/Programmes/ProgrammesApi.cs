using System.Globalization;
using System.Text.Json;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Features.Programmes;

internal static class ProgrammesApi
{
    public static IServiceCollection AddProgrammeHandlers(this IServiceCollection services) => services
        .AddScoped<TaskAccess>()
        .AddScoped<TaskWrites>()
        .AddScoped<SaveProgramme>()
        .AddScoped<ProgrammeDirectory>()
        .AddScoped<SaveTask>()
        .AddScoped<ReportProgress>()
        .AddScoped<TaskDirectory>();

    public static RouteGroupBuilder MapProgrammesApi(this RouteGroupBuilder api)
    {
        var programmes = api.MapGroup("/programmes").WithTags("Chương trình công tác").RequireAuthorization(Policies.SignedIn);
        programmes.MapGet("/", ListProgrammesAsync).WithSummary("Các chương trình công tác năm của một tổ chức và các đơn vị trực thuộc, năm mới nhất trước; lọc theo năm");
        programmes.MapPost("/", CreateProgrammeAsync).WithSummary("Lập chương trình công tác năm: tổ chức, năm, tên, mô tả và các nhóm nhiệm vụ theo thứ tự");
        programmes.MapGet("/{programmeId:int}", GetProgrammeAsync).WithSummary("Một chương trình công tác với các nhóm nhiệm vụ và số nhiệm vụ của từng nhóm");
        programmes.MapPut("/{programmeId:int}", UpdateProgrammeAsync).WithSummary("Sửa chương trình công tác; nhóm còn nhiệm vụ thì không bỏ được (được ghi nhật ký)");
        programmes.MapDelete("/{programmeId:int}", DeleteProgrammeAsync).WithSummary("Xóa chương trình công tác chưa có nhiệm vụ nào (được ghi nhật ký)");

        var tasks = api.MapGroup("/tasks").WithTags("Nhiệm vụ").RequireAuthorization(Policies.SignedIn);
        tasks.MapGet("/", ListTasksAsync)
            .WithSummary("Nhiệm vụ do một tổ chức và các đơn vị trực thuộc chủ trì (role=lead, mặc định) hoặc phối hợp khi đơn vị khác chủ trì (role=coordinate), hạn sớm trước; lọc theo trạng thái (status=Open cho mọi nhiệm vụ chưa xong), hạn (deadline=Overdue|DueSoon), chương trình, năm của hạn, từ khóa không dấu");
        tasks.MapPost("/", CreateTaskAsync)
            .WithSummary("Giao nhiệm vụ: một nhiệm vụ cho mỗi đơn vị chủ trì trong organizationIds; conclusionId để giao từ kết luận hội nghị (đơn vị giao là đơn vị chủ trì hội nghị)");
        tasks.MapGet("/follow-up", FollowUpAsync)
            .WithSummary("Theo dõi, đôn đốc: số nhiệm vụ quá hạn và sắp đến hạn (7 ngày) của từng đơn vị trực thuộc một tổ chức, gồm cả cấp dưới của đơn vị đó");
        tasks.MapGet("/{taskId:long}", GetTaskAsync).WithSummary("Một nhiệm vụ: nguồn giao, đơn vị chủ trì và phối hợp, hạn, tiến độ, các lần báo cáo tiến độ với minh chứng, nhiệm vụ con");
        tasks.MapPut("/{taskId:long}", UpdateTaskAsync).WithSummary("Sửa nhiệm vụ (chỉ đơn vị giao nhiệm vụ; được ghi nhật ký)");
        tasks.MapPost("/{taskId:long}/cancel", CancelTaskAsync).WithSummary("Hủy nhiệm vụ (chỉ đơn vị giao nhiệm vụ); tiến độ của nhiệm vụ cha được tính lại");
        tasks.MapPost("/{taskId:long}/updates", ReportAsync)
            .Accepts<TaskUpdateInput>("application/json", "multipart/form-data")
            .WithSummary("Báo cáo tiến độ (chỉ đơn vị chủ trì): ngày, phần trăm 0–100, trạng thái, ghi chú; gửi multipart/form-data để đính kèm tệp minh chứng (PDF, Word, Excel, JPG, PNG, tối đa 10 MB mỗi tệp)");
        tasks.MapGet("/{taskId:long}/evidence/{evidenceId:long}", EvidenceAsync).WithSummary("Tải một tệp minh chứng của nhiệm vụ");
        return tasks;
    }

    private static async Task<IResult> ListProgrammesAsync(ProgrammeDirectory directory, string? organizationId, string? year, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (filter, errors) = TaskFilter.Parse(organizationId, null, null, null, year, null, null, page, pageSize);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (list, _, status) = await directory.ListAsync(filter.OrganizationId, filter.Year, filter.Page, filter.PageSize, cancellationToken);
        return list is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateProgrammeAsync(SaveProgramme save, ProgrammeDirectory directory, ProgrammeInput input, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return result.ToProblem();
        }

        return TypedResults.Created($"/api/v1/programmes/{result.Value!.Id}", (await directory.GetAsync(result.Value.Id, cancellationToken)).Programme);
    }

    private static async Task<IResult> GetProgrammeAsync(ProgrammeDirectory directory, int programmeId, CancellationToken cancellationToken)
    {
        var (programme, status) = await directory.GetAsync(programmeId, cancellationToken);
        return programme is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(programme);
    }

    private static async Task<IResult> UpdateProgrammeAsync(SaveProgramme save, ProgrammeDirectory directory, int programmeId, ProgrammeInput input, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(programmeId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await directory.GetAsync(programmeId, cancellationToken)).Programme) : result.ToProblem();
    }

    private static async Task<IResult> DeleteProgrammeAsync(SaveProgramme save, int programmeId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(programmeId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> ListTasksAsync(
        TaskDirectory directory, string? organizationId, string? status, string? deadline, string? programmeId, string? year, string? q, string? sort, string? page, string? pageSize, string? role, CancellationToken cancellationToken)
    {
        var (filter, errors) = TaskFilter.Parse(organizationId, status, deadline, programmeId, year, q, sort, page, pageSize, role: role);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (list, _, refusal) = await directory.ListAsync(filter, cancellationToken);
        return list is null ? CommandResult<int>.Refused(refusal).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateTaskAsync(SaveTask save, TaskDirectory directory, TaskInput input, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return result.ToProblem();
        }

        var created = new List<TaskDto>();
        foreach (var task in result.Value!)
        {
            created.Add((await directory.GetAsync(task.Id, cancellationToken)).Task!);
        }

        return TypedResults.Created($"/api/v1/tasks/{created[0].Id}", created);
    }

    private static async Task<IResult> GetTaskAsync(TaskDirectory directory, long taskId, CancellationToken cancellationToken)
    {
        var (task, status) = await directory.GetAsync(taskId, cancellationToken);
        return task is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(task);
    }

    private static async Task<IResult> UpdateTaskAsync(SaveTask save, TaskDirectory directory, long taskId, TaskInput input, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(taskId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await directory.GetAsync(taskId, cancellationToken)).Task) : result.ToProblem();
    }

    private static async Task<IResult> CancelTaskAsync(SaveTask save, TaskDirectory directory, long taskId, CancellationToken cancellationToken)
    {
        var result = await save.CancelAsync(taskId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await directory.GetAsync(taskId, cancellationToken)).Task) : result.ToProblem();
    }

    private static async Task<IResult> ReportAsync(ReportProgress report, TaskDirectory directory, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, long taskId, HttpRequest request, CancellationToken cancellationToken)
    {
        TaskUpdateInput? input;
        IReadOnlyList<IFormFile> files = [];
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                input = new TaskUpdateInput { ReportedOn = form["reportedOn"], Progress = form["progress"], Status = form["status"], Note = form["note"] };
                files = form.Files;
            }
            else
            {
                input = await request.ReadFromJsonAsync<TaskUpdateInput>(json.Value.SerializerOptions, cancellationToken);
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or InvalidDataException or BadHttpRequestException)
        {
            return TypedResults.Problem(title: "Yêu cầu không hợp lệ", detail: "Nội dung gửi lên không đọc được: hãy gửi JSON hoặc multipart/form-data với các trường reportedOn, progress, status, note và tệp minh chứng.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await report.ReportAsync(taskId, input ?? new TaskUpdateInput(), files, cancellationToken);
        if (result.Status != CommandStatus.Ok)
        {
            return result.ToProblem();
        }

        var task = (await directory.GetAsync(taskId, cancellationToken)).Task!;
        return TypedResults.Created($"/api/v1/tasks/{taskId}/updates/{result.Value!.Id.ToString(CultureInfo.InvariantCulture)}", task.Updates.Single(u => u.Id == result.Value.Id));
    }

    private static async Task<IResult> EvidenceAsync(ReportProgress report, long taskId, long evidenceId, CancellationToken cancellationToken)
    {
        var (evidence, status) = await report.EvidenceAsync(taskId, evidenceId, cancellationToken);
        return evidence is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.File(evidence.Content, evidence.ContentType, evidence.FileName);
    }

    private static async Task<IResult> FollowUpAsync(TaskDirectory directory, string? organizationId, CancellationToken cancellationToken)
    {
        var (filter, errors) = TaskFilter.Parse(organizationId, null, null, null, null, null, null, null, null);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (followUp, status) = await directory.FollowUpAsync(filter.OrganizationId, cancellationToken);
        return followUp is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(followUp);
    }
}
