using DanVan.Data;
using DanVan.Data.Auditing;
using DanVan.Data.Exemplary;
using DanVan.Domain.Exemplary;
using DanVan.Domain.Reporting;
using DanVan.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Features.Models;

/// <summary>
/// Registers, corrects, replicates and deletes models of organisations in the person's subtrees.
/// Every change is audited by the auditing interceptor in the same save.
/// </summary>
public sealed class SaveModel(AppDbContext db, ModelAccess access, IAuditActor actor, TimeProvider clock, ILogger<SaveModel> logger)
{
    public async Task<CommandResult<ExemplaryModel>> CreateAsync(ModelInput input, CancellationToken cancellationToken)
    {
        var checkedInput = await CheckAsync(input, null, cancellationToken);
        if (checkedInput.Status != CommandStatus.Ok)
        {
            return checkedInput;
        }

        var model = checkedInput.Value!;
        Stamp(model, created: true);
        db.ExemplaryModels.Add(model);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Model {ModelId} registered for organization {OrganizationId}", model.Id, model.OrganizationId);
        return CommandResult<ExemplaryModel>.Ok(model);
    }

    public async Task<CommandResult<ExemplaryModel>> UpdateAsync(long modelId, ModelInput input, CancellationToken cancellationToken)
    {
        var (model, status) = await LoadAsync(modelId, cancellationToken);
        if (model is null)
        {
            return CommandResult<ExemplaryModel>.Refused(status);
        }

        var checkedInput = await CheckAsync(input, model.OrganizationId, cancellationToken);
        if (checkedInput.Status != CommandStatus.Ok)
        {
            return checkedInput;
        }

        var values = checkedInput.Value!;
        model.OrganizationId = values.OrganizationId;
        model.Level = values.Level;
        model.Name = values.Name;
        model.Field = values.Field;
        model.StartedOn = values.StartedOn;
        model.Description = values.Description;
        model.Goals = values.Goals;
        model.Beneficiaries = values.Beneficiaries;
        model.IsPublished = values.IsPublished;
        db.ModelResults.RemoveRange(model.Results);
        model.Results = values.Results;
        Stamp(model, created: false);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<ExemplaryModel>.Ok(model);
    }

    /// <summary>A replica in another organisation, linked to its origin; the origin may be any model the person can read or a published one.</summary>
    public async Task<CommandResult<ExemplaryModel>> ReplicateAsync(long originId, ReplicaInput input, CancellationToken cancellationToken)
    {
        var origin = await db.ExemplaryModels.AsNoTracking().Include(m => m.Results).SingleOrDefaultAsync(m => m.Id == originId, cancellationToken);
        if (origin is null)
        {
            return CommandResult<ExemplaryModel>.NotFound();
        }

        if (!origin.IsPublished && await access.ModelAsync(originId, cancellationToken) != CommandStatus.Ok)
        {
            return CommandResult<ExemplaryModel>.Forbidden();
        }

        var replica = new ModelInput
        {
            OrganizationId = input.OrganizationId,
            Name = InputChecks.Blank(input.Name) ?? origin.Name,
            Field = origin.Field.ToString(),
            StartedOn = input.StartedOn,
            Description = InputChecks.Blank(input.Description) ?? origin.Description,
            Goals = origin.Goals,
            Beneficiaries = origin.Beneficiaries,
        };
        var checkedInput = await CheckAsync(replica, null, cancellationToken);
        if (checkedInput.Status != CommandStatus.Ok)
        {
            return checkedInput;
        }

        var model = checkedInput.Value!;
        if (model.OrganizationId == origin.OrganizationId)
        {
            return CommandResult<ExemplaryModel>.Invalid(nameof(input.OrganizationId), "Mô hình nhân rộng phải ở một cơ quan, tổ chức khác với nơi có mô hình gốc.");
        }

        model.OriginId = origin.Id;
        model.RootId = origin.RootId ?? origin.Id;
        Stamp(model, created: true);
        db.ExemplaryModels.Add(model);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Model {ModelId} replicates model {OriginId} in organization {OrganizationId}", model.Id, origin.Id, model.OrganizationId);
        return CommandResult<ExemplaryModel>.Ok(model);
    }

    public async Task<CommandResult<ExemplaryModel>> DeleteAsync(long modelId, CancellationToken cancellationToken)
    {
        var (model, status) = await LoadAsync(modelId, cancellationToken);
        if (model is null)
        {
            return CommandResult<ExemplaryModel>.Refused(status);
        }

        if (await db.ExemplaryModels.AnyAsync(m => m.OriginId == modelId, cancellationToken))
        {
            return CommandResult<ExemplaryModel>.Conflict("Mô hình đã được nhân rộng ở đơn vị khác nên không xóa được; hãy bỏ công khai nếu không còn thực hiện.");
        }

        db.ExemplaryModels.Remove(model);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Model {ModelId} of organization {OrganizationId} deleted", model.Id, model.OrganizationId);
        return CommandResult<ExemplaryModel>.Ok(model);
    }

    private void Stamp(ExemplaryModel model, bool created)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (created)
        {
            model.CreatedAt = now;
            model.CreatedBy = actor.UserName;
        }

        model.UpdatedAt = now;
        model.UpdatedBy = actor.UserName;
    }

    private async Task<(ExemplaryModel? Model, CommandStatus Status)> LoadAsync(long modelId, CancellationToken cancellationToken)
    {
        var status = await access.ModelAsync(modelId, cancellationToken);
        return status == CommandStatus.Ok
            ? (await db.ExemplaryModels.Include(m => m.Results).SingleAsync(m => m.Id == modelId, cancellationToken), status)
            : (null, status);
    }

    // The checked values as a detached model; an existing model may stay with its organisation after that closed.
    private async Task<CommandResult<ExemplaryModel>> CheckAsync(ModelInput input, int? currentOrganizationId, CancellationToken cancellationToken)
    {
        var today = ReportSchedule.VietnamDay(clock.GetUtcNow().UtcDateTime);
        var errors = new ValidationErrors()
            .Text(nameof(input.Name), "tên mô hình", input.Name, ModelLimits.NameLength);
        ModelField? field = ModelFieldNames.TryParse(input.Field, out var parsedField) ? parsedField : null;
        if (field is null)
        {
            errors.Add(nameof(input.Field), "Vui lòng chọn lĩnh vực: kinh tế; văn hóa – xã hội; quốc phòng – an ninh; xây dựng Đảng và hệ thống chính trị.");
        }

        var startedOn = InputChecks.Day(input.StartedOn, nameof(input.StartedOn), "ngày bắt đầu", today.AddYears(1), errors);
        if (startedOn > today)
        {
            errors.Add(nameof(input.StartedOn), "Ngày bắt đầu không được sau hôm nay.");
        }

        errors.Text(nameof(input.Description), "mô tả mô hình", input.Description, ModelLimits.TextLength)
            .Text(nameof(input.Goals), "mục tiêu", input.Goals, ModelLimits.TextLength, required: false)
            .Text(nameof(input.Beneficiaries), "đối tượng thụ hưởng", input.Beneficiaries, ModelLimits.BeneficiariesLength, required: false);
        var results = Results(input.Results ?? [], errors);

        var organization = input.OrganizationId is { } organizationId ? await access.OrganizationAsync(organizationId, cancellationToken) : null;
        if (organization is null || (!organization.IsOpen && organization.Id != currentOrganizationId))
        {
            errors.Add(nameof(input.OrganizationId), "Vui lòng chọn cơ quan, tổ chức đang hoạt động thực hiện mô hình.");
        }
        else if (!await access.CanReadAsync(organization.Path, cancellationToken))
        {
            return CommandResult<ExemplaryModel>.Forbidden();
        }

        if (errors.Any)
        {
            return errors.ToResult<ExemplaryModel>();
        }

        return CommandResult<ExemplaryModel>.Ok(new ExemplaryModel
        {
            OrganizationId = organization!.Id,
            Level = organization.Level,
            Name = input.Name!.Trim(),
            Field = field!.Value,
            StartedOn = startedOn!.Value,
            Description = input.Description!.Trim(),
            Goals = InputChecks.Blank(input.Goals),
            Beneficiaries = InputChecks.Blank(input.Beneficiaries),
            IsPublished = input.IsPublished,
            Results = results,
        });
    }

    private static List<ModelResult> Results(List<ModelResultInput> rows, ValidationErrors errors)
    {
        var filled = rows.Select((r, i) => (Row: r, Index: i))
            .Where(r => !string.IsNullOrWhiteSpace(r.Row?.Value) || !string.IsNullOrWhiteSpace(r.Row?.Unit) || !string.IsNullOrWhiteSpace(r.Row?.Label))
            .ToList();
        if (filled.Count > ModelLimits.MaxResults)
        {
            errors.Add("Results", $"Mỗi mô hình ghi tối đa {ModelLimits.MaxResults} kết quả.");
            return [];
        }

        var results = new List<ModelResult>();
        foreach (var (row, index) in filled)
        {
            var key = $"Results[{index}]";
            var value = InputChecks.Number(row.Value, key + ".Value", $"số liệu của kết quả {index + 1}", errors);
            errors.Text(key + ".Unit", $"đơn vị tính của kết quả {index + 1}", row.Unit, ModelLimits.UnitLength)
                .Text(key + ".Label", $"nội dung của kết quả {index + 1}", row.Label, ModelLimits.LabelLength);
            if (value is { } number && !string.IsNullOrWhiteSpace(row.Unit) && !string.IsNullOrWhiteSpace(row.Label))
            {
                results.Add(new ModelResult
                {
                    Order = results.Count + 1,
                    Value = number,
                    Unit = Domain.Text.VietnameseText.Normalize(row.Unit.Trim()),
                    Label = Domain.Text.VietnameseText.Normalize(row.Label.Trim()),
                });
            }
        }

        return results;
    }
}
