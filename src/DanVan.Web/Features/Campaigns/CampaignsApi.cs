using DanVan.Domain.Campaigns;
using DanVan.Web.Auth;
using DanVan.Web.Infrastructure;

namespace DanVan.Web.Features.Campaigns;

internal static class CampaignsApi
{
    public static IServiceCollection AddCampaignHandlers(this IServiceCollection services) => services
        .AddScoped<CampaignAccess>()
        .AddScoped<SaveCampaign>()
        .AddScoped<RecordCampaignResult>()
        .AddScoped<CampaignDirectory>()
        .AddScoped<CampaignFigures>();

    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Phong trào, cuộc vận động").RequireAuthorization(Policies.SignedIn);
        campaigns.MapGet("/", ListAsync)
            .WithSummary("Các phong trào thi đua, cuộc vận động, đợt chăm lo Tết mà một tổ chức phát động hoặc tham gia (cả cấp trên và cấp dưới); lọc theo loại, năm, giai đoạn (Upcoming, Running, Ended) và từ khóa không dấu");
        campaigns.MapPost("/", CreateAsync).WithSummary("Phát động một phong trào: loại, tên, đơn vị phát động, thời gian, nội dung và các chỉ tiêu kết quả (chỉ tiêu mẫu theo mã, chỉ tiêu riêng theo tên và đơn vị tính)");
        campaigns.MapGet("/indicator-catalog", () => TypedResults.Ok(CampaignIndicatorCatalog.All))
            .WithSummary("Các chỉ tiêu kết quả mẫu (số đoàn, suất quà, số tiền, số hộ…) và chỉ tiêu báo cáo quý mà mỗi chỉ tiêu tự điền vào");
        campaigns.MapGet("/{campaignId:long}", GetAsync).WithSummary("Một phong trào với các chỉ tiêu kết quả");
        campaigns.MapPut("/{campaignId:long}", UpdateAsync).WithSummary("Sửa một phong trào (đơn vị phát động; chỉ tiêu đã có số liệu không bỏ được; được ghi nhật ký)");
        campaigns.MapDelete("/{campaignId:long}", DeleteAsync).WithSummary("Xóa một phong trào cùng các đơn vị tham gia và kết quả đã ghi (được ghi nhật ký)");
        campaigns.MapGet("/{campaignId:long}/participants", ParticipantsAsync).WithSummary("Các đơn vị tham gia (các đơn vị trực thuộc của mỗi đơn vị cùng tham gia)");
        campaigns.MapPost("/{campaignId:long}/participants", AddParticipantsAsync)
            .WithSummary("Thêm đơn vị tham gia trong một lần: preset Provinces (các tỉnh, thành phố), Children (các đơn vị trực thuộc parentId) hoặc List (organizationIds)");
        campaigns.MapDelete("/{campaignId:long}/participants/{organizationId:int}", RemoveParticipantAsync).WithSummary("Bỏ một đơn vị chưa ghi nhận kết quả khỏi phong trào");
        campaigns.MapGet("/{campaignId:long}/totals", TotalsAsync)
            .WithSummary("Kết quả tổng hợp theo cây tổ chức cho organizationId (mặc định: đơn vị phát động): một dòng cho mỗi đơn vị trực thuộc, dòng của chính đơn vị, tổng cộng, và các đơn vị tham gia chưa ghi nhận");
        campaigns.MapGet("/{campaignId:long}/results", EntriesAsync).WithSummary("Các lần ghi nhận kết quả trong cây của organizationId, mới nhất trước");
        campaigns.MapPost("/{campaignId:long}/results", RecordAsync)
            .WithSummary("Ghi nhận kết quả của một đơn vị tham gia: ngày ghi nhận (trong thời gian phong trào hoặc 60 ngày sau), số liệu theo từng chỉ tiêu (cộng dồn), ghi chú");
        campaigns.MapDelete("/{campaignId:long}/results/{resultId:long}", DeleteEntryAsync).WithSummary("Xóa một lần ghi nhận nhầm (được ghi nhật ký)");
        return campaigns;
    }

    private static async Task<IResult> ListAsync(
        CampaignDirectory directory, string? organizationId, string? kind, string? year, string? phase, string? q, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var (filter, errors) = CampaignFilter.Parse(organizationId, kind, year, phase, q, page, pageSize);
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (list, _, status) = await directory.ListAsync(filter, cancellationToken);
        return list is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(list);
    }

    private static async Task<IResult> CreateAsync(SaveCampaign save, CampaignDirectory directory, CampaignInput input, CancellationToken cancellationToken)
    {
        var result = await save.CreateAsync(input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/campaigns/{result.Value!.Id}", (await directory.GetAsync(result.Value.Id, cancellationToken)).Campaign)
            : result.ToProblem();
    }

    private static async Task<IResult> GetAsync(CampaignDirectory directory, long campaignId, CancellationToken cancellationToken)
    {
        var (campaign, status) = await directory.GetAsync(campaignId, cancellationToken);
        return campaign is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(campaign);
    }

    private static async Task<IResult> UpdateAsync(SaveCampaign save, CampaignDirectory directory, long campaignId, CampaignInput input, CancellationToken cancellationToken)
    {
        var result = await save.UpdateAsync(campaignId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok((await directory.GetAsync(campaignId, cancellationToken)).Campaign) : result.ToProblem();
    }

    private static async Task<IResult> DeleteAsync(SaveCampaign save, long campaignId, CancellationToken cancellationToken)
    {
        var result = await save.DeleteAsync(campaignId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> ParticipantsAsync(CampaignDirectory directory, long campaignId, CancellationToken cancellationToken)
    {
        var (participants, status) = await directory.ParticipantsAsync(campaignId, cancellationToken);
        return participants is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(participants);
    }

    private static async Task<IResult> AddParticipantsAsync(SaveCampaign save, long campaignId, ParticipantsInput input, CancellationToken cancellationToken)
    {
        var result = await save.AddParticipantsAsync(campaignId, input, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.Ok(new { Added = result.Value }) : result.ToProblem();
    }

    private static async Task<IResult> RemoveParticipantAsync(SaveCampaign save, long campaignId, int organizationId, CancellationToken cancellationToken)
    {
        var result = await save.RemoveParticipantAsync(campaignId, organizationId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<IResult> TotalsAsync(CampaignDirectory directory, long campaignId, string? organizationId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var organization = errors.Whole(organizationId, "organizationId", "Mã tổ chức phải là một số nguyên dương.");
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (totals, status) = await directory.TotalsAsync(campaignId, organization, cancellationToken);
        return totals is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(totals);
    }

    private static async Task<IResult> EntriesAsync(CampaignDirectory directory, long campaignId, string? organizationId, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var organization = errors.Whole(organizationId, "organizationId", "Mã tổ chức phải là một số nguyên dương.");
        var (p, s) = Paging.Normalize(errors.Whole(page, "page", "Trang phải là một số nguyên dương."), errors.Whole(pageSize, "pageSize", "Số dòng mỗi trang phải là một số nguyên dương."));
        if (errors.Any)
        {
            return errors.ToResult<int>().ToProblem();
        }

        var (entries, status) = await directory.EntriesAsync(campaignId, organization, p, s, cancellationToken);
        return entries is null ? CommandResult<int>.Refused(status).ToProblem() : TypedResults.Ok(entries);
    }

    private static async Task<IResult> RecordAsync(RecordCampaignResult record, long campaignId, CampaignResultInput input, CancellationToken cancellationToken)
    {
        var result = await record.RecordAsync(campaignId, input, cancellationToken);
        return result.Status == CommandStatus.Ok
            ? TypedResults.Created($"/api/v1/campaigns/{campaignId}/results/{result.Value!.Id}", new { result.Value.Id, result.Value.OrganizationId, result.Value.RecordedOn })
            : result.ToProblem();
    }

    private static async Task<IResult> DeleteEntryAsync(RecordCampaignResult record, long campaignId, long resultId, CancellationToken cancellationToken)
    {
        var result = await record.DeleteAsync(campaignId, resultId, cancellationToken);
        return result.Status == CommandStatus.Ok ? TypedResults.NoContent() : result.ToProblem();
    }
}
