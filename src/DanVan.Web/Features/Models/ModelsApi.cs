using System.Globalization;
using DanVan.Documents;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Features.Models;

internal static class ModelsApi
{
    public static IServiceCollection AddModelHandlers(this IServiceCollection services)
    {
        // The public showcase is the one page of the feature open to anyone.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AllowAnonymousToPage("/Models/Showcase"));
        return services
            .AddScoped<ModelAccess>()
            .AddScoped<SaveModel>()
            .AddScoped<RecogniseModel>()
            .AddScoped<ModelFiles>()
            .AddScoped<ModelListQuery>()
            .AddScoped<ModelDirectory>()
            .AddScoped<ModelStatistics>()
            .AddScoped<ModelFigures>()
            .AddScoped<ModelReviewList>();
    }

    public static RouteGroupBuilder MapModelsApi(this RouteGroupBuilder api)
    {
        var models = api.MapGroup("/models").WithTags("Mô hình Dân vận khéo").RequireAuthorization(Policies.SignedIn);
        models.MapGet("/", ListAsync)
            .WithSummary("Các mô hình \"Dân vận khéo\" của một tổ chức và các đơn vị trực thuộc, mới nhất trước; lọc theo lĩnh vực, cấp, năm bắt đầu, công nhận (Recognised, Expired, None) và từ khóa không dấu");
        models.MapPost("/", CreateAsync).WithSummary("Đăng ký một mô hình: tên, lĩnh vực, đơn vị thực hiện (cấp lấy theo đơn vị), ngày bắt đầu, mô tả, mục tiêu, kết quả đo được (số, đơn vị tính, nội dung), đối tượng thụ hưởng");
        models.MapGet("/statistics", StatisticsAsync).WithSummary("Số mô hình bắt đầu mỗi năm theo lĩnh vực và theo cấp, và số mô hình đang được công nhận (fromYear, toYear: tối đa 10 năm)");
        models.MapGet("/{modelId:long}", GetAsync).WithSummary("Một mô hình với kết quả, các quyết định công nhận (còn hiệu lực / hết hạn), ảnh, tài liệu và số mô hình nhân rộng");
        models.MapPut("/{modelId:long}", UpdateAsync).WithSummary("Sửa một mô hình (được ghi nhật ký)");
        models.MapDelete("/{modelId:long}", DeleteAsync).WithSummary("Xóa một mô hình chưa được nhân rộng (được ghi nhật ký)");
        models.MapPost("/{modelId:long}/recognitions", RecogniseAsync).WithSummary("Ghi quyết định công nhận: số, ngày, cơ quan ban hành, cấp, hiệu lực từ/đến, đánh giá lại hằng năm");
        models.MapDelete("/{modelId:long}/recognitions/{recognitionId:long}", WithdrawAsync).WithSummary("Xóa một quyết định công nhận ghi nhầm (được ghi nhật ký)");
        models.MapPost("/{modelId:long}/replicas", ReplicateAsync).WithSummary("Nhân rộng mô hình ở một cơ quan, tổ chức khác: mô hình mới liên kết với mô hình gốc");
        models.MapGet("/{modelId:long}/tree", TreeAsync).WithSummary("Cây nhân rộng của mô hình từ mô hình gốc, số mô hình nhân rộng trực tiếp và tất cả");
        models.MapPost("/{modelId:long}/photos", AddPhotoAsync).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Thêm ảnh JPG hoặc PNG (tối đa 5 MB, kèm chú thích); ảnh thu nhỏ được tạo trên máy chủ");
        models.MapGet("/{modelId:long}/photos/{photoId:long}", PhotoAsync).WithSummary("Ảnh của mô hình; thumbnail=true cho ảnh thu nhỏ");
        models.MapDelete("/{modelId:long}/photos/{photoId:long}", RemovePhotoAsync).WithSummary("Xóa một ảnh");
        models.MapPost("/{modelId:long}/documents", AddDocumentAsync).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Thêm tài liệu PDF, Word, Excel, JPG hoặc PNG (tối đa 10 MB)");
        models.MapGet("/{modelId:long}/documents/{documentId:long}", DocumentAsync).WithSummary("Tải một tài liệu của mô hình");
        models.MapDelete("/{modelId:long}/documents/{documentId:long}", RemoveDocumentAsync).WithSummary("Xóa một tài liệu");
        return models;
    }

    private static async Task<IResult> ListAsync(
        ModelDirectory directory, string? organizationId, string? field, string? level, string? year, string? recognition, string? q, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (filter, errors) = ModelFilter.Parse(organizationId, field, level, year, recognition, q, page, pageSize);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (list, _, status) = await directory.ListAsync(filter, cancellationToken);
        return list is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateAsync(SaveModel save, ModelDirectory directory, ModelInput input, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/models/{result.Value!.Id}", (await directory.GetAsync(result.Value.Id, cancellationToken)).Model)
            : result.ToProblem();
    }

    private static async Task<IResult> GetAsync(ModelDirectory directory, long modelId, CancellationToken cancellationToken)
    {
        var (model, status) = await directory.GetAsync(modelId, cancellationToken);
        return model is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(model);
    }

    private static async Task<IResult> UpdateAsync(SaveModel save, ModelDirectory directory, long modelId, ModelInput input, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(modelId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await directory.GetAsync(modelId, cancellationToken)).Model) : result.ToProblem();
    }

    private static async Task<IResult> DeleteAsync(SaveModel save, long modelId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(modelId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> RecogniseAsync(RecogniseModel recognise, ModelDirectory directory, long modelId, RecognitionInput input, CancellationToken cancellationToken)
    {
        var result = await recognise.AddAsync(modelId, input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/models/{modelId}", (await directory.GetAsync(modelId, cancellationToken)).Model)
            : result.ToProblem();
    }

    private static async Task<IResult> WithdrawAsync(RecogniseModel recognise, long modelId, long recognitionId, CancellationToken cancellationToken)
    {
        var result = await recognise.RemoveAsync(modelId, recognitionId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> ReplicateAsync(SaveModel save, ModelDirectory directory, long modelId, ReplicaInput input, CancellationToken cancellationToken)
    {
        var result = await save.ReplicateAsync(modelId, input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/models/{result.Value!.Id}", (await directory.GetAsync(result.Value.Id, cancellationToken)).Model)
            : result.ToProblem();
    }

    private static async Task<IResult> TreeAsync(ModelDirectory directory, long modelId, CancellationToken cancellationToken)
    {
        var (tree, status) = await directory.TreeAsync(modelId, cancellationToken);
        return tree is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(tree);
    }

    private static async Task<IResult> StatisticsAsync(ModelStatistics statistics, string? organizationId, string? fromYear, string? toYear, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var organization = errors.Whole(organizationId, "organizationId", "Mã tổ chức phải là một số nguyên dương.");
        var from = Year(fromYear, "fromYear", errors);
        var to = Year(toYear, "toYear", errors);
        if (from is not null && to is not null && from > to)
        {
            errors.Add("fromYear", "Năm bắt đầu không được sau năm kết thúc.");
        }

        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (result, status) = await statistics.GetAsync(organization, from, to, cancellationToken);
        return result is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(result);
    }

    private static async Task<IResult> AddPhotoAsync(ModelFiles files, long modelId, IFormFile? file, [FromForm] string? caption, CancellationToken cancellationToken)
    {
        var result = await files.AddPhotoAsync(modelId, file, caption, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Created($"/api/v1/models/{modelId}/photos/{result.Value}", new { id = result.Value }) : result.ToProblem();
    }

    private static async Task<IResult> PhotoAsync(ModelFiles files, long modelId, long photoId, bool? thumbnail, CancellationToken cancellationToken)
    {
        var (content, type, status) = await files.PhotoAsync(modelId, photoId, thumbnail == true, cancellationToken);
        return content is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.File(content, type);
    }

    private static async Task<IResult> RemovePhotoAsync(ModelFiles files, long modelId, long photoId, CancellationToken cancellationToken)
    {
        var result = await files.RemovePhotoAsync(modelId, photoId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> AddDocumentAsync(ModelFiles files, long modelId, IFormFile? file, CancellationToken cancellationToken)
    {
        var result = await files.AddDocumentAsync(modelId, file, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Created($"/api/v1/models/{modelId}/documents/{result.Value}", new { id = result.Value }) : result.ToProblem();
    }

    private static async Task<IResult> DocumentAsync(ModelFiles files, long modelId, long documentId, CancellationToken cancellationToken)
    {
        var (document, status) = await files.DocumentAsync(modelId, documentId, cancellationToken);
        return document is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.File(document.Content, document.ContentType, document.FileName);
    }

    private static async Task<IResult> RemoveDocumentAsync(ModelFiles files, long modelId, long documentId, CancellationToken cancellationToken)
    {
        var result = await files.RemoveDocumentAsync(modelId, documentId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    internal static int? Year(string? text, string field, ValidationErrors errors)
    {
        var value = errors.Whole(text, field, "Năm phải có dạng yyyy, từ 1945 đến 2100.");
        if (value is not null and (< 1945 or > 2100))
        {
            errors.Add(field, "Năm phải có dạng yyyy, từ 1945 đến 2100.");
            return null;
        }

        return value;
    }
}
